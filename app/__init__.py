"""claude-task-router: route software tasks to an agent and a Claude model tier."""

__version__ = "0.1.0"
