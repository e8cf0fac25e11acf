"""``python -m app.policy``: print the default routing policy as JSON (a template for operators)."""

import json

from app.policy import default_policy_data

print(json.dumps(default_policy_data(), indent=2))
