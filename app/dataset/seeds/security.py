"""Hand-written base tasks for the Security category."""

from app.dataset.seeds._types import Seed, Variant
from app.labels import Complexity as C
from app.labels import Domain as D

SEEDS: tuple[Seed, ...] = (
    Seed(
        "chore(deps): bump lodash to 4.17.21 for the prototype pollution advisory",
        "npm audit reports a high-severity prototype pollution advisory for lodash 4.17.15, pulled in "
        "directly by the storefront build. Update the lockfile, confirm the advisory clears and that the "
        "bundle size is unchanged.",
        C.SIMPLE,
        D.WEB,
        ("dependency-cve", "npm", "prototype-pollution"),
        Variant(
            C.MODERATE,
            "Triage all 23 open npm audit advisories in the storefront repo",
            "Decide which advisories are actually reachable from our code, upgrade or add overrides where "
            "safe, and record accepted risks with a short justification and review date in SECURITY.md.",
        ),
    ),
    Seed(
        "session cookie missing HttpOnly and Secure flags",
        "Pen test item 4: the sid cookie set by the web app is readable from document.cookie and is also "
        "sent over plain HTTP on the staging domain. Set both flags and add a test asserting them.",
        C.SIMPLE,
        D.WEB,
        ("cookies", "session-management", "pen-test-finding"),
        Variant(
            C.MODERATE,
            "Harden session handling in the web app: cookie flags, SameSite, and ID rotation on login",
            "Add SameSite=Lax, regenerate the session ID after login and privilege changes, cap idle "
            "sessions at 30 minutes, and add tests proving session fixation no longer works.",
        ),
    ),
    Seed(
        "Is MD5 ok for hashing password reset tokens?",
        "utils/tokens.py stores md5(token) in the reset_tokens table; tokens are 32 random bytes from "
        "secrets.token_bytes. I want a short yes/no with reasoning and the one-line change if it's not "
        "acceptable.",
        C.SIMPLE,
        D.SECURITY,
        ("password-reset", "hashing", "tokens"),
        Variant(
            C.MODERATE,
            "Review how password reset tokens are generated, stored, expired and rate limited",
            "Check token entropy, hashing at rest, single use, expiry, throttling of the request endpoint, "
            "and whether responses reveal if an email is registered; fix whatever gaps turn up.",
        ),
    ),
    Seed(
        "Remove hardcoded AWS key from scripts/backup.sh",
        "Gitleaks flagged an access key on line 12, committed in March. Replace it with the EC2 instance "
        "role, and confirm in IAM that the old key is deactivated.",
        C.SIMPLE,
        D.DEVOPS,
        ("secrets-exposure", "aws-iam", "gitleaks"),
        Variant(
            C.MODERATE,
            "Rotate the AWS key leaked in backup.sh and scrub it from git history",
            "The key sat in the repo for seven months. Revoke it, review CloudTrail for any use during that "
            "window, rewrite history with git filter-repo, and coordinate the force-push with teams that "
            "fork the repo.",
        ),
    ),
    Seed(
        "feat(web): add a Report-Only CSP header to the marketing site",
        "The marketing site sends no Content-Security-Policy at all. Start with default-src 'self', allow "
        "our analytics host and Stripe.js, and ship it in Report-Only mode with a reporting endpoint.",
        C.SIMPLE,
        D.WEB,
        ("csp", "http-headers", "xss-mitigation"),
        Variant(
            C.MODERATE,
            "Roll out an enforced nonce-based CSP across the Next.js app",
            "Generate per-request nonces in middleware, refactor the 14 inline scripts and third-party "
            "widgets that would break, collect violation reports for two weeks, then switch from Report-Only "
            "to enforcing.",
        ),
    ),
    Seed(
        "docs: fix typo in SECURITY.md disclosure address",
        "The vulnerability reporting address reads secuirty@ instead of security@, so researcher reports "
        "have been bouncing. Correct it and check that the PGP fingerprint listed there is still current.",
        C.SIMPLE,
        D.SECURITY,
        ("vulnerability-disclosure", "docs", "typo"),
        Variant(
            C.MODERATE,
            "Set up a real vulnerability disclosure process with security.txt and a triage rotation",
            "Publish /.well-known/security.txt, route reports to a shared inbox with a weekly triage owner, "
            "define acknowledgement and fix SLAs by severity, and add safe-harbour wording for researchers.",
        ),
    ),
    Seed(
        "How do I tell whether the version of {framework} we pin is affected by a new CVE?",
        "An advisory landed this morning. I need to find the exact version of {framework} we depend on, "
        "compare it against the affected ranges, and say whether we need an emergency patch today.",
        C.SIMPLE,
        D.DEVOPS,
        ("cve", "dependency-audit", "advisory"),
        Variant(
            C.MODERATE,
            "Set up CVE monitoring for {framework} and every other dependency, with alerts routed to owners",
            "Wire Renovate and OSV-Scanner into CI, map each package to an owning team, and page only for "
            "critical advisories reachable from our code; everything else goes into a weekly digest.",
        ),
    ),
    Seed(
        "Can we lower the bcrypt cost factor? Login takes 900ms",
        "Someone proposed dropping bcrypt cost from 12 to 8 to speed up POST /auth/login. Is that "
        "acceptable, and what cost would current OWASP guidance suggest on our c6i.large API nodes?",
        C.SIMPLE,
        D.API,
        ("password-hashing", "bcrypt", "authentication"),
        Variant(
            C.MODERATE,
            "Migrate API password hashing from bcrypt to Argon2id with rehash on login",
            "Verify both formats during the transition, rehash on successful login, tune memory and "
            "iteration parameters for our nodes, and expose a metric for how many legacy hashes remain.",
        ),
    ),
    Seed(
        "nginx autoindex exposes /uploads",
        "autoindex is switched on in nginx/static.conf, so /uploads/ lists every user-uploaded file to "
        "anyone. Turn it off, return 403 for the directory, and confirm no other location block enables it.",
        C.SIMPLE,
        D.DEVOPS,
        ("nginx", "information-disclosure", "misconfiguration"),
        Variant(
            C.MODERATE,
            "Bring all nginx edge configs in line with the CIS benchmark",
            "Audit the six nginx configs: disable autoindex and server tokens, restrict TLS to 1.2 and up, "
            "add the standard response headers, and serve user uploads from a separate cookieless domain.",
        ),
    ),
    Seed(
        "[Bug] comment preview runs injected <img onerror> payload",
        "Comment bodies go through marked() and then into dangerouslySetInnerHTML in CommentPreview.tsx, so "
        "a crafted image tag executes script. Sanitise with DOMPurify and add a regression test with the "
        "payload.",
        C.SIMPLE,
        D.WEB,
        ("xss", "react", "sanitization"),
        Variant(
            C.MODERATE,
            "Find and sanitise every raw HTML sink across our three React apps",
            "About 30 dangerouslySetInnerHTML sinks exist; classify which receive user content, route them "
            "through one shared sanitiser wrapper, and add an ESLint rule that blocks new unsanitised sinks.",
        ),
    ),
    Seed(
        "Pin the JWT algorithm where our {lang} code verifies tokens",
        "Token verification in our {lang} code passes no explicit algorithm list, so a token signed with "
        "HS256 using the public key as the secret may be accepted. Restrict it to RS256 and add a negative "
        "test.",
        C.SIMPLE,
        D.API,
        ("jwt", "algorithm-confusion", "token-validation"),
        Variant(
            C.MODERATE,
            "Review the JWT validation path in our {lang} code: alg, kid, expiry, audience, revocation",
            "Check key lookup by kid against the JWKS cache, clock skew, audience and issuer checks, and how "
            "revoked tokens are rejected; fix each gap and cover it with tests.",
        ),
    ),
    Seed(
        "Check the {component} for hardcoded credentials before we open-source it",
        "Legal approved open-sourcing the {component}. Before the repo goes public, search it and its config "
        "files, including git history, for API keys, passwords and private keys, and list anything that must "
        "move to the secret store.",
        C.SIMPLE,
        D.DEVOPS,
        ("secrets-exposure", "open-source", "credential-scan"),
        Variant(
            C.MODERATE,
            "Add secret scanning with pre-commit hooks and a blocking CI check for the {component}",
            "Set up gitleaks as a pre-commit hook and a required CI status, tune allowlists for test "
            "fixtures, and scan the full history once to baseline existing findings for cleanup.",
        ),
    ),
    Seed(
        "Which TLS versions do our endpoints on {platform} still accept?",
        "A customer's scanner claims we still negotiate TLS 1.0. Confirm with testssl.sh and report the "
        "protocols and weak cipher suites that each public listener on {platform} offers.",
        C.SIMPLE,
        D.API,
        ("tls", "cipher-suites", "scan"),
        Variant(
            C.MODERATE,
            "Enforce TLS 1.2+ with modern ciphers on every endpoint on {platform}, partner hosts included",
            "Update listener policies, give the three partners whose clients still use TLS 1.0 a cutoff "
            "date, and add a scheduled scan that fails if weak protocols reappear.",
        ),
    ),
    Seed(
        "Android release build allows cleartext HTTP",
        "network_security_config.xml still has cleartextTrafficPermitted=true from debugging against a local "
        "server, and it ships in release builds. Restrict it to the debug build type only.",
        C.SIMPLE,
        D.MOBILE,
        ("android", "cleartext-traffic", "transport-security"),
        Variant(
            C.MODERATE,
            "Add certificate pinning and strict transport settings to the Android and iOS apps",
            "Pin our API's intermediate CA with a backup pin, plan pin rotation ahead of certificate "
            "renewals, remove ATS exceptions on iOS, and add a remote-config kill switch in case pinning "
            "breaks.",
        ),
    ),
    Seed(
        "PCI auditor flagged full card numbers in logs from the {component}",
        "At DEBUG level the {component} logs the whole payment request, including the PAN. Mask everything "
        "except the last four digits and purge the existing log files from the log store.",
        C.SIMPLE,
        D.API,
        ("pci-dss", "pan-masking", "logging"),
        Variant(
            C.COMPLEX,
            "Reduce PCI scope so raw card numbers never reach the {component} or any other service we run",
            "Move card capture to the processor's hosted fields and tokens, prove with data-flow diagrams "
            "and log sampling that PANs no longer touch our systems, and renegotiate the SAQ level with the "
            "QSA.",
        ),
    ),
    Seed(
        "Reporting role has write access to the {datastore}",
        "The BI tool's service account was granted full privileges on the {datastore} during setup, but it "
        "only needs to read three reporting views. Revoke the rest and verify the effective permissions "
        "afterwards.",
        C.SIMPLE,
        D.DATABASE,
        ("least-privilege", "access-control", "grants"),
        Variant(
            C.MODERATE,
            "Define least-privilege access for every service and person that touches the {datastore}",
            "Inventory current grants, define read, write and admin roles per consumer, remove shared "
            "accounts, and set up a quarterly access review with owner sign-off.",
        ),
    ),
    Seed(
        "Ist unser Backend noch anfällig für Log4Shell?",
        "The CISO wants a quick answer: check whether any API service still pulls log4j-core below 2.17.1, "
        "directly or transitively, and list the affected repos and versions.",
        C.SIMPLE,
        D.API,
        ("log4shell", "java", "dependency-cve"),
        Variant(
            C.MODERATE,
            "Remediate every log4j-core below 2.17.1 across services, container images and vendored JARs",
            "Scan source repos, built images and the fat JARs in the artifact store, upgrade or strip the "
            "JndiLookup class where upgrades are blocked, and confirm with a canary lookup test in staging.",
        ),
    ),
    Seed(
        "Rate-limit POST /auth/forgot-password",
        "The endpoint can be called without limit, so anyone can spam reset emails and time responses to "
        "enumerate accounts. Add 5 requests per hour per IP and per email using the existing Redis limiter.",
        C.SIMPLE,
        D.API,
        ("rate-limiting", "account-enumeration", "password-reset"),
        Variant(
            C.MODERATE,
            "Protect all auth endpoints against credential stuffing and account enumeration",
            "Add per-account and per-IP throttling, uniform responses and timing for unknown users, CAPTCHA "
            "after repeated failures, and alerts when failure rates spike on login, signup and reset.",
        ),
    ),
    Seed(
        "The {datastore} is publicly readable, please lock it down",
        "A misconfigured access policy left the {datastore} readable without authentication, and it holds "
        "customer support transcripts used for model training. Remove public access and confirm anonymous "
        "reads now fail.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("data-exposure", "access-policy", "pii"),
        Variant(
            C.MODERATE,
            "Find out who read the {datastore} while it was public and whether we must notify anyone",
            "Pull access logs for the three-week exposure window, separate our own jobs from external reads, "
            "estimate which records were fetched, and brief legal on breach notification duties.",
        ),
    ),
    Seed(
        "chore(docker): bump libssl3 in the base image to clear two high CVEs",
        "Trivy reports two high-severity CVEs in libssl3 from our debian:bookworm base image. Rebuild on the "
        "patched package, confirm the scan is clean and republish the tag that all services use.",
        C.SIMPLE,
        D.DEVOPS,
        ("container-image", "trivy", "openssl"),
        Variant(
            C.MODERATE,
            "Move service images to minimal distroless bases and gate merges on Trivy results",
            "Switch the 14 service Dockerfiles to distroless or slim bases, drop shells and package managers "
            "from runtime images, and fail CI on fixable critical or high findings with a reviewed ignore "
            "list.",
        ),
    ),
    Seed(
        "Does yaml.load in config_loader.py need to be safe_load?",
        "Bandit flags B506 on the experiment config loader. Configs come from the repo but also from "
        "experiment specs that users upload through the notebook UI; decide whether safe_load is required "
        "and switch if so.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("deserialization", "yaml", "bandit"),
        Variant(
            C.MODERATE,
            "Hunt down unsafe deserialisation of model and dataset files across the ML platform",
            "Teams share pickled models and datasets freely. Find every pickle, torch.load and yaml.load of "
            "files users can supply, switch to safetensors and safe loaders, and sandbox whatever cannot "
            "change.",
        ),
    ),
    Seed(
        "Swap MD5 for SHA-256 in the {lang} code that verifies release downloads",
        "The updater in our {lang} code checks downloaded release bundles against published MD5 digests, "
        "which an attacker can collide. Switch to SHA-256 and update the checksum files we publish.",
        C.SIMPLE,
        D.SYSTEMS,
        ("integrity-check", "hashing", "updater"),
        Variant(
            C.MODERATE,
            "Sign release bundles and verify signatures in the {lang} updater instead of bare checksums",
            "Checksums hosted next to the bundles prove little. Sign releases with minisign or Sigstore, "
            "embed the public key in the updater, plan key rotation, and reject unsigned bundles.",
        ),
    ),
    Seed(
        "iOS: move the refresh token from UserDefaults to the Keychain",
        "AuthManager.swift writes the OAuth refresh token to UserDefaults, which ends up unencrypted in "
        "device backups. Store it in the Keychain with a this-device-only accessibility class and migrate "
        "existing installs.",
        C.SIMPLE,
        D.MOBILE,
        ("ios", "keychain", "token-storage"),
        Variant(
            C.MODERATE,
            "Review token and personal data storage across the iOS and Android apps",
            "Check every place the apps persist tokens, cached profiles or health data: Keychain and "
            "Keystore usage, file protection classes, backups, app-switcher screenshots and logs.",
        ),
    ),
    Seed(
        "Quick question: does SameSite=Lax mean we can drop CSRF tokens?",
        "A product manager asked whether switching our session cookie from SameSite=None to Lax fully "
        "removes the need for CSRF tokens. Write a short, accurate answer covering GET side effects, "
        "subdomains and older browsers.",
        C.SIMPLE,
        D.WEB,
        ("csrf", "samesite", "cookies"),
        Variant(
            C.MODERATE,
            "Replace ad-hoc CSRF handling with one consistent defence across the Django and React apps",
            "Some forms use Django's token, some API calls skip it, and two endpoints change state on GET. "
            "Standardise on SameSite plus double-submit tokens, fix the GET handlers, and add tests.",
        ),
    ),
    Seed(
        "chore(ci): pin third-party actions to commit SHAs in release.yml",
        "The release workflow uses tag refs like actions/checkout@v4 and one community action at @main while "
        "holding a token with write access. Pin every action to a full SHA and restrict GITHUB_TOKEN to "
        "contents: read.",
        C.SIMPLE,
        D.DEVOPS,
        ("github-actions", "supply-chain", "ci-hardening"),
        Variant(
            C.COMPLEX,
            "Harden the CI/CD supply chain: SLSA 3 provenance, signed artifacts, isolated runners",
            "Generate build provenance for every artifact, sign images with Sigstore and verify them at "
            "admission, move release jobs to ephemeral hardened runners, and restrict who can change "
            "workflows across all 60 repos.",
        ),
    ),
    Seed(
        "Audit the password reset flow for account takeover",
        "Reset links carry the user ID plus a 6-digit code valid for 24 hours, and the link host is taken "
        "from the request's Host header. Check brute force, host header poisoning and token reuse, then fix "
        "what is exploitable.",
        C.MODERATE,
        D.SECURITY,
        ("account-takeover", "password-reset", "host-header"),
        Variant(
            C.SIMPLE,
            "Shorten the password reset code lifetime to 15 minutes",
            "The reset code currently stays valid for 24 hours. Change RESET_TTL in auth/settings.py and "
            "update the email template that mentions the expiry.",
        ),
    ),
    Seed(
        "SSRF via webhook URLs reaches the cloud metadata endpoint",
        "Users register webhook URLs and we only block the string 'localhost', so 169.254.169.254 and DNS "
        "rebinding both work. Resolve and validate target IPs, block private ranges, and re-check the "
        "address at connect time.",
        C.MODERATE,
        D.API,
        ("ssrf", "webhooks", "cloud-metadata"),
        Variant(
            C.COMPLEX,
            "Route every user-controlled outbound request through a hardened egress proxy",
            "Webhooks, link previews and import-from-URL each roll their own checks. Send them all through "
            "an SSRF-aware egress proxy in an isolated subnet, enforce IMDSv2 everywhere, and alert on "
            "blocked attempts.",
        ),
    ),
    Seed(
        "Spike: threat model the {component} before the launch review",
        "Run STRIDE over the data flows of the {component}, rank threats by likelihood and impact, and turn "
        "the top items into tickets with owners before the launch review on the 14th.",
        C.MODERATE,
        D.SECURITY,
        ("threat-modeling", "stride", "launch-review"),
        Variant(
            C.SIMPLE,
            "Sketch the trust boundaries of the {component}",
            "Quick first pass: mark where inputs cross from untrusted to trusted zones in the {component} so "
            "we know where validation belongs. A diagram and a short bullet list are enough.",
        ),
    ),
    Seed(
        "Can you take a look at how we store API keys in the {datastore}?",
        "Customer API keys sit in plaintext in the {datastore} and are compared with ==. We want them stored "
        "as hashes with a visible prefix, shown once at creation, compared in constant time, and existing "
        "keys migrated.",
        C.MODERATE,
        D.API,
        ("api-keys", "credential-storage", "constant-time"),
        Variant(
            C.COMPLEX,
            "Redesign API credential management: scoped keys, rotation, revocation and leak detection",
            "Replace long-lived all-powerful keys with scoped, expiring credentials, support zero-downtime "
            "rotation for 400 integrators, join GitHub's secret scanning partner program, and auto-revoke "
            "leaked keys.",
        ),
    ),
    Seed(
        "SQL injection in /search via the sort parameter",
        "The sort query param is interpolated into ORDER BY in ProductRepository.search() because it cannot "
        "be bound as a parameter; sqlmap confirms boolean-based injection. Allowlist columns and directions "
        "and add tests.",
        C.MODERATE,
        D.DATABASE,
        ("sql-injection", "order-by", "input-validation"),
        Variant(
            C.COMPLEX,
            "Eliminate string-built SQL across the monolith and block regressions",
            "Roughly 120 call sites format values into queries. Migrate them to bound parameters or the "
            "query builder, add a Semgrep rule in CI, and run authenticated sqlmap against staging to "
            "confirm nothing is left.",
        ),
    ),
    Seed(
        "Why does our CORS config allow any origin with credentials?",
        "The cors middleware reflects the request Origin and sets Access-Control-Allow-Credentials: true, so "
        "any website can read authenticated API responses. Replace it with an allowlist and find which "
        "frontends break.",
        C.MODERATE,
        D.API,
        ("cors", "misconfiguration", "credentials"),
        Variant(
            C.SIMPLE,
            "Replace the reflected Origin with a fixed allowlist in cors.js",
            "Hardcode the three production frontend origins plus staging in cors.js and stop echoing "
            "arbitrary Origin values back while credentials are allowed.",
        ),
    ),
    Seed(
        "feat(auth): TOTP two-factor for admin accounts",
        "Admins log in with a password only. Add TOTP enrolment with a QR code, hashed recovery codes, and "
        "mandatory 2FA for the admin role; allow one step of clock drift and log every 2FA reset.",
        C.MODERATE,
        D.SECURITY,
        ("mfa", "totp", "admin-access"),
        Variant(
            C.COMPLEX,
            "Roll out phishing-resistant MFA with passkeys for all employees and customers",
            "Support WebAuthn across web and mobile, define account recovery that resists social "
            "engineering, migrate SMS users gradually, and make passkeys mandatory for staff with production "
            "access.",
        ),
    ),
    Seed(
        "Attachment download endpoint allows ../ path traversal",
        "GET /files?name=../../etc/passwd returns the file because the handler joins user input onto "
        "UPLOAD_DIR. Normalise and confine paths, switch to opaque file IDs, and test encoded variants like "
        "%2e%2e%2f.",
        C.MODERATE,
        D.WEB,
        ("path-traversal", "file-download", "input-validation"),
        Variant(
            C.SIMPLE,
            "Reject '..' segments in the attachment download handler",
            "As a stopgap until opaque IDs land, resolve the requested path and return 400 if it falls "
            "outside UPLOAD_DIR; add one test for the plain and URL-encoded cases.",
        ),
    ),
    Seed(
        "Lambda roles all share an Action:* Resource:* policy",
        "Twelve Lambda functions use one IAM role with full wildcard permissions. Use Access Analyzer and "
        "CloudTrail history to generate least-privilege policies per function and apply them through "
        "Terraform.",
        C.MODERATE,
        D.DEVOPS,
        ("aws-iam", "least-privilege", "terraform"),
        Variant(
            C.COMPLEX,
            "Bring the whole AWS organisation to least privilege with SCPs and permission boundaries",
            "Forty accounts, hundreds of roles and no guardrails. Define SCPs for dangerous actions, "
            "permission boundaries for team-created roles, automated cleanup of unused permissions, and "
            "quarterly access reviews.",
        ),
    ),
    Seed(
        "Évaluer la conformité RGPD du pipeline d'analytique produit",
        "The product analytics pipeline ingests raw emails and IP addresses into the warehouse. Map the "
        "personal data, check legal basis and retention periods, and propose pseudonymisation for the Spark "
        "jobs.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("gdpr", "analytics", "pseudonymization"),
        Variant(
            C.COMPLEX,
            "Build a GDPR programme across all data platforms: processing records, DSAR automation, erasure",
            "Data lives in the warehouse, the lake, three SaaS tools and ML feature stores. Create records "
            "of processing, automate access and deletion requests end to end, and prove erasure reaches "
            "derived datasets.",
        ),
    ),
    Seed(
        "Pen test finding #7: IDOR on /api/v2/invoices/:id",
        "Any authenticated user can fetch another tenant's invoice by changing the numeric ID. Add ownership "
        "checks in the invoice service, audit sibling endpoints for the same pattern, and write tests.",
        C.MODERATE,
        D.API,
        ("idor", "authorization", "multi-tenant"),
        Variant(
            C.SIMPLE,
            "Add a tenant ownership check to GET /api/v2/invoices/:id",
            "Return 404 when the invoice's tenant_id does not match the caller's tenant, and add one test "
            "that requests another tenant's invoice.",
        ),
    ),
    Seed(
        "Encrypt the {datastore} at rest with customer-managed keys",
        "Enterprise customers require that data in the {datastore} is encrypted with keys they control. "
        "Enable KMS-backed encryption, document key rotation, and verify that snapshots and backups are "
        "covered too.",
        C.MODERATE,
        D.DATABASE,
        ("encryption-at-rest", "kms", "customer-managed-keys"),
        Variant(
            C.COMPLEX,
            "Per-tenant bring-your-own-key encryption for the {datastore} and everything derived from it",
            "Implement envelope encryption per tenant, make key revocation render data unreadable in "
            "replicas, caches, search indexes and backups, and document a crypto-shredding procedure "
            "customers can audit.",
        ),
    ),
    Seed(
        "chore(ci): add OWASP ZAP baseline scan against staging",
        "Run the ZAP baseline against staging on every merge to main, fail on high-risk alerts, keep a "
        "reviewed ignore file for false positives, and publish the HTML report as a build artifact.",
        C.MODERATE,
        D.DEVOPS,
        ("dast", "owasp-zap", "ci"),
        Variant(
            C.SIMPLE,
            "Triage the nine medium alerts from last night's ZAP scan",
            "Go through the nine medium findings, mark false positives in the ignore file with a reason, and "
            "open tickets for the real ones.",
        ),
    ),
    Seed(
        "The {component} leaks personal data into crash reports",
        "Crash reports from the {component} include full request bodies with email, phone and postal "
        "address. Scrub personal data before upload, purge existing reports from the crash service, and add "
        "tests for the scrubber.",
        C.MODERATE,
        D.MOBILE,
        ("pii", "crash-reporting", "data-leak"),
        Variant(
            C.SIMPLE,
            "Stop attaching request bodies to crash reports from the {component}",
            "Remove the network body breadcrumb from the crash reporter setup in the {component}; headers "
            "and status codes are enough for debugging.",
        ),
    ),
    Seed(
        "Login failures jumped to 40k/hour, is this credential stuffing?",
        "Failed logins spiked last week from thousands of residential proxy IPs. Time-boxed to three days: "
        "confirm the pattern, check breached-password hits, and propose a detection rule and response "
        "playbook.",
        C.MODERATE,
        D.SECURITY,
        ("credential-stuffing", "detection", "authentication"),
        Variant(
            C.COMPLEX,
            "Build account-takeover defences across web, mobile and API logins",
            "Combine breached-password checks, device and behaviour signals, adaptive challenges and session "
            "risk scoring, with a review queue and customer notifications, without hurting conversion on the "
            "main funnels.",
        ),
    ),
    Seed(
        "I need someone to review how our {lang} code uses AES",
        "The encryption helper in our {lang} code uses AES-CBC with a static IV and no MAC, and derives the "
        "key from a passphrase with a single SHA-256. Assess the impact and migrate to AES-GCM with a proper "
        "KDF.",
        C.MODERATE,
        D.SECURITY,
        ("cryptography", "aes", "key-derivation"),
        Variant(
            C.SIMPLE,
            "Replace the static IV in our {lang} encryption helper with a random one per message",
            "Generate a fresh random IV for every encryption call, prepend it to the ciphertext, and keep "
            "decryption of old records working.",
        ),
    ),
    Seed(
        "Dependency confusion risk for internal {lang} packages",
        "Internal packages are published to our private registry under unscoped names, and the public "
        "registry is also on the resolver path. Check which names could be claimed publicly, move to a "
        "reserved namespace, pin resolution.",
        C.MODERATE,
        D.DEVOPS,
        ("dependency-confusion", "supply-chain", "package-registry"),
        Variant(
            C.SIMPLE,
            "Route our internal {lang} namespace to the private registry only",
            "Add resolver config so packages in our namespace are never fetched from the public registry, "
            "and commit it to the repo template.",
        ),
    ),
    Seed(
        "¿Cómo protegemos la API GraphQL contra consultas abusivas?",
        "Introspection is enabled in production and there are no depth or cost limits; one deeply nested "
        "query took the API down last Tuesday. Add depth and complexity limits, disable introspection and "
        "use persisted queries.",
        C.MODERATE,
        D.API,
        ("graphql", "denial-of-service", "query-cost"),
        Variant(
            C.COMPLEX,
            "Abuse-proof every public API against expensive queries and resource exhaustion",
            "GraphQL, search and export endpoints can all be made to burn CPU. Add cost-based limits, "
            "per-client budgets at the gateway, timeouts and load shedding, and test with adversarial query "
            "sets.",
        ),
    ),
    Seed(
        "kube-bench: 18 deployments run as root with docker.sock mounted",
        "kube-bench and Polaris flag deployments in the payments namespace running as UID 0, some mounting "
        "/var/run/docker.sock. Fix each securityContext, drop capabilities and enforce the restricted Pod "
        "Security Standard.",
        C.MODERATE,
        D.DEVOPS,
        ("kubernetes", "pod-security", "container-hardening"),
        Variant(
            C.COMPLEX,
            "Harden every Kubernetes cluster: admission policies, network policies and runtime detection",
            "Six clusters, no network policies and no admission control. Introduce Kyverno policies, "
            "default-deny networking, image signature checks and Falco alerts, rolling out in audit mode per "
            "namespace first.",
        ),
    ),
    Seed(
        "Review the {component} for personal data written to logs",
        "A data protection review flagged that debug logging in the {component} may include names, emails "
        "and free-text notes. Find every log statement touching user records, redact or drop them, and add a "
        "lint check.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("pii", "logging", "data-protection"),
        Variant(
            C.SIMPLE,
            "Turn off debug-level logging of raw records in the {component}",
            "Set the production log level to INFO and remove the one statement that dumps full user rows.",
        ),
    ),
    Seed(
        "Upgrade {framework} past the release with the published RCE advisory",
        "The advisory covers the version of {framework} we pin. Upgrade, fix breaking changes where we rely "
        "on removed APIs, and run the regression suite plus a targeted test that reproduces the exploit.",
        C.MODERATE,
        D.WEB,
        ("rce", "dependency-upgrade", "advisory"),
        Variant(
            C.COMPLEX,
            "Set up a 72-hour patch SLA for critical advisories in {framework} and every other dependency",
            "Define severity tiers, ownership per service, an emergency upgrade path that bypasses the "
            "normal release train, and a dashboard showing time-to-patch across all teams.",
        ),
    ),
    Seed(
        "Kafka topics with payroll events are readable by any client",
        "The cluster runs PLAINTEXT listeners with allow.everyone.if.no.acl.found=true. Enable mTLS or "
        "SASL/SCRAM, define per-topic ACLs, and migrate producers and consumers without dropping messages.",
        C.MODERATE,
        D.SYSTEMS,
        ("kafka", "acl", "mtls"),
        Variant(
            C.SIMPLE,
            "Set allow.everyone.if.no.acl.found=false on the Kafka brokers",
            "Once the payroll topic ACLs are in place, flip the broker setting in a rolling restart and "
            "confirm that unauthorised clients get an authorization error.",
        ),
    ),
    Seed(
        "Can user-submitted code escape our Docker-based sandbox?",
        "Submitted code runs in containers with the default seccomp profile and CAP_SYS_ADMIN added for "
        "FUSE. Assess escape risk, write a tighter seccomp profile, drop capabilities, and test against "
        "known escape PoCs.",
        C.MODERATE,
        D.SYSTEMS,
        ("sandboxing", "seccomp", "container-escape"),
        Variant(
            C.COMPLEX,
            "Move untrusted code execution into gVisor or Firecracker microVMs",
            "Evaluate both for isolation, startup latency and cost, redesign the runner fleet for per-job "
            "VMs, add egress controls and resource limits, and migrate without changing the submission API.",
        ),
    ),
    Seed(
        "Heap overflow in the {component} found by fuzzing",
        "libFuzzer reports a heap-buffer-overflow in the {component} when a length field exceeds the "
        "remaining input. Fix the bounds checks, add the crashing input to the regression corpus, and review "
        "sibling parsing paths.",
        C.MODERATE,
        D.SYSTEMS,
        ("memory-safety", "fuzzing", "buffer-overflow"),
        Variant(
            C.SIMPLE,
            "Add the missing length check in the {component} parse path",
            "Reject records whose declared length exceeds the bytes remaining before copying, and commit the "
            "crashing input as a test case.",
        ),
    ),
    Seed(
        "Replace the shared Postgres password in the orders service with Vault dynamic credentials",
        "The orders service has used one static database password from an environment variable since 2019. "
        "Configure Vault's database secrets engine with one-hour leases, make the pool refresh credentials, "
        "and drop the old user.",
        C.MODERATE,
        D.DATABASE,
        ("vault", "dynamic-credentials", "postgres"),
        Variant(
            C.COMPLEX,
            "Replace every static database password in the company with short-lived credentials",
            "About 70 services across Postgres, MySQL and MongoDB use long-lived shared passwords. Roll out "
            "dynamic credentials or IAM auth per engine, team by team, with rotation tested and old users "
            "removed.",
        ),
    ),
    Seed(
        "v4.2.0 regression: SAML SSO accepts assertions with the signature stripped",
        "A customer's IdP test showed users get logged in even when the assertion signature is removed. "
        "Check the strict and wantAssertionsSigned settings and signature wrapping cases, and add negative "
        "tests.",
        C.MODERATE,
        D.WEB,
        ("saml", "sso", "signature-validation"),
        Variant(
            C.SIMPLE,
            "Set wantAssertionsSigned back to true in the SAML settings",
            "The flag was flipped to false during the 4.2.0 refactor; restore it and add one test that posts "
            "an unsigned assertion.",
        ),
    ),
    Seed(
        "HIPAA: audit every access to patient records in the {datastore}",
        "We need who, what and when trails for every read and write of patient records held in the "
        "{datastore}, stored tamper-evidently and retained for six years, plus a report the compliance team "
        "can run.",
        C.MODERATE,
        D.DATABASE,
        ("hipaa", "audit-logging", "phi"),
        Variant(
            C.COMPLEX,
            "Prepare the whole platform for a HIPAA audit",
            "Map every system holding PHI, close gaps in access control, encryption, audit logging and "
            "vendor BAAs, run a risk assessment, and produce the policies and evidence auditors will "
            "request.",
        ),
    ),
    Seed(
        "[Bug] WebView JS bridge callable from any page opened via deep link",
        "The Android app registers a JavaScript interface named NativeBridge on a WebView that also loads "
        "arbitrary URLs from deep links, so any page can call native methods. Restrict origins, validate "
        "deep links, audit the bridge.",
        C.MODERATE,
        D.MOBILE,
        ("android", "webview", "deep-links"),
        Variant(
            C.SIMPLE,
            "Restrict the help-center WebView to our own domain",
            "Override shouldOverrideUrlLoading so the help-center WebView only loads help.example.com and "
            "opens anything else in the external browser.",
        ),
    ),
    Seed(
        "Three admin accounts logged in from new countries overnight",
        "The logins used valid passwords and no 2FA prompt appeared. Determine whether the credentials were "
        "compromised, scope what was accessed, contain the accounts, and write up a timeline.",
        C.MODERATE,
        D.SECURITY,
        ("incident-response", "compromised-credentials", "admin-access"),
        Variant(
            C.COMPLEX,
            "Lead incident response for a confirmed admin panel breach, including customer notification",
            "Forensics show data exports ran from the compromised accounts. Coordinate containment, evidence "
            "preservation, legal, the 72-hour GDPR notification, customer comms and a root-cause review.",
        ),
    ),
    Seed(
        "fix(billing): verify Stripe-Signature on incoming webhooks",
        "The /webhooks/stripe handler trusts any POST body and marks invoices as paid. Verify the signature "
        "with the endpoint secret against the raw body, reject events older than five minutes, and support "
        "secret rotation.",
        C.MODERATE,
        D.API,
        ("webhooks", "signature-verification", "stripe"),
        Variant(
            C.SIMPLE,
            "Reject Stripe webhook events older than five minutes",
            "Compare the timestamp in the Stripe-Signature header with the server clock and return 400 "
            "outside the tolerance window.",
        ),
    ),
    Seed(
        "Support agents can issue refunds meant only for managers",
        "Role checks for refunds and account deletion exist only in the React admin UI; the backend accepts "
        "the calls from any staff session. Move authorisation server-side, map roles to permissions, and add "
        "tests per role.",
        C.MODERATE,
        D.WEB,
        ("authorization", "rbac", "broken-access-control"),
        Variant(
            C.SIMPLE,
            "Add a server-side manager role check to POST /admin/refunds",
            "Return 403 unless the caller has the manager role, and add a test that calls the endpoint with "
            "a support agent session.",
        ),
    ),
    Seed(
        "Find command injection where our {lang} code shells out with user input",
        "Several tools build shell commands by concatenating filenames from uploads. Locate every shell-out "
        "in the {lang} code, pass argument arrays without a shell, and add tests with malicious filenames.",
        C.MODERATE,
        D.SYSTEMS,
        ("command-injection", "input-validation", "shell"),
        Variant(
            C.SIMPLE,
            "Stop passing the uploaded filename through a shell in the thumbnail converter",
            "convert_thumbnail() interpolates the filename into a shell string; call the converter with an "
            "argument list and add a test using a filename that contains a semicolon.",
        ),
    ),
    Seed(
        "How should the mobile apps handle the OAuth client secret?",
        "Both the Android and iOS apps embed the client secret in the binary and use the password grant. "
        "Explain the risk, then move to authorization code with PKCE as a public client and update the IdP "
        "config.",
        C.MODERATE,
        D.MOBILE,
        ("oauth", "pkce", "mobile-auth"),
        Variant(
            C.COMPLEX,
            "Rebuild mobile auth on OAuth 2.1 with PKCE, app attestation and refresh token rotation",
            "Coordinate app releases with forced-upgrade windows, IdP changes, refresh token rotation with "
            "reuse detection, App Attest and Play Integrity checks, and a migration for already logged-in "
            "users.",
        ),
    ),
    Seed(
        "Scrub SSNs and account numbers from the {datastore} export for the vendor",
        "The churn dataset exported from the {datastore} for an external modelling vendor has SSN and birth "
        "date columns plus free-text notes with account numbers. Tokenise identifiers, scan free text with "
        "Presidio, and document the result.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("pii", "data-sharing", "tokenization"),
        Variant(
            C.SIMPLE,
            "Drop the ssn and dob columns from the vendor export job",
            "Remove both columns from the SELECT in export_churn.py and add an assertion that fails the job "
            "if they reappear.",
        ),
    ),
    Seed(
        "Bastion hosts allow root login and password auth over SSH",
        "auth.log shows about 2,000 brute-force attempts a day. Disable both, enforce key-based auth with "
        "short-lived SSH certificates from our CA, and add fail2ban plus alerts on successful logins from "
        "new IPs.",
        C.MODERATE,
        D.SYSTEMS,
        ("ssh", "bastion", "hardening"),
        Variant(
            C.SIMPLE,
            "Set PermitRootLogin no in sshd_config on the bastions",
            "Change it in the bastion Ansible role, reload sshd, and confirm that root logins are refused.",
        ),
    ),
    Seed(
        "Please review the new avatar upload feature before it ships",
        "Avatars are stored in S3 under the original filename and served from our main domain. Check "
        "content-type sniffing, SVG with embedded script, size limits, decompression bombs and filename "
        "handling.",
        C.MODERATE,
        D.WEB,
        ("file-upload", "svg", "content-type"),
        Variant(
            C.COMPLEX,
            "Move all user-generated content to an isolated, sanitising media pipeline",
            "Avatars, attachments and imports are each handled by different code. Serve everything from a "
            "sandboxed cookieless domain, re-encode images, strip metadata, scan for malware and enforce "
            "limits in one service.",
        ),
    ),
    Seed(
        "Add an audit trail for permission changes in the {component}",
        "When roles or grants change in the {component} nothing is recorded. Log actor, target, old and new "
        "values to an append-only store and give the compliance team a filterable view.",
        C.MODERATE,
        D.SECURITY,
        ("audit-logging", "permissions", "compliance"),
        Variant(
            C.COMPLEX,
            "Tamper-evident audit logging for every admin and permission action across all products",
            "Each product logs differently or not at all. Define a common event schema, ship events to a "
            "write-once store with hash chaining, cover all five products, and give auditors self-serve "
            "search.",
        ),
    ),
    Seed(
        "Is the unsafe code in our zero-copy Rust parser actually sound?",
        "parser/src/lib.rs has 14 unsafe blocks casting pointers over network input. Review each for "
        "soundness, run Miri and cargo-fuzz, and replace what can be expressed in safe code with zerocopy or "
        "bytemuck.",
        C.MODERATE,
        D.SYSTEMS,
        ("rust", "unsafe-code", "memory-safety"),
        Variant(
            C.COMPLEX,
            "Eliminate unsafe from network-facing Rust crates and enforce it in CI",
            "Across 20 crates, audit every unsafe block reachable from the network, replace it with safe "
            "abstractions, forbid unsafe_code where possible, and run cargo-fuzz and Miri continuously.",
        ),
    ),
    Seed(
        "Login aceita operadores do MongoDB vindos do corpo da requisição",
        "The login route passes request body fields straight into users.findOne, so sending an object with a "
        "$ne operator bypasses the password check. Cast inputs to strings, add schema validation and test "
        "other routes.",
        C.MODERATE,
        D.DATABASE,
        ("nosql-injection", "mongodb", "authentication-bypass"),
        Variant(
            C.SIMPLE,
            "Cast username and password to strings before the Mongo lookup",
            "In routes/login.js, reject non-string values for both fields before building the query.",
        ),
    ),
    Seed(
        "Customer sent a 60-question security questionnaire, need the crypto and access sections",
        "Draft answers for the encryption, key management and access control sections with references to our "
        "real configs and policies. Flag anything where the honest answer is no so we can decide how to "
        "respond.",
        C.MODERATE,
        D.SECURITY,
        ("vendor-questionnaire", "soc2", "compliance"),
        Variant(
            C.SIMPLE,
            "Answer the customer's question about how we encrypt data at rest",
            "One question from the sales thread: which algorithms and key management we use for data at "
            "rest. Two or three accurate sentences with a link to the public trust page.",
        ),
    ),
    Seed(
        "Epic: replace the VPN with identity-aware access to internal tools",
        "About 60 internal apps sit behind a shared OpenVPN with flat network access. Put them behind an "
        "identity-aware proxy with device posture checks and per-app policies, migrating teams in waves "
        "without lockouts.",
        C.COMPLEX,
        D.DEVOPS,
        ("zero-trust", "vpn", "identity-aware-proxy"),
        Variant(
            C.MODERATE,
            "Put Grafana and Kibana behind the identity-aware proxy",
            "Pilot the proxy with the two observability tools: configure SSO groups per tool, require a "
            "managed device, and remove their VPN-only firewall rules once traffic is confirmed.",
        ),
    ),
    Seed(
        "RFC: end-to-end encryption for patient-clinician chat",
        "Messages sent through our iOS and Android apps are currently readable by the backend. Evaluate the "
        "Signal protocol versus MLS, multi-device key management, backups, and what clinical record-keeping "
        "rules require us to retain.",
        C.COMPLEX,
        D.MOBILE,
        ("e2ee", "messaging", "key-management"),
        Variant(
            C.MODERATE,
            "Encrypt chat attachments on the device before upload",
            "Generate a per-file key in the app, encrypt with AES-GCM before uploading to storage, and share "
            "the key only inside the message payload; update both apps and the download path.",
        ),
    ),
    Seed(
        "Roll out SAST and secret scanning for all {lang} code in the monorepo",
        "300 engineers in 40 teams and no scanning today. Pick tools, tune rules to keep false positives "
        "low, baseline existing findings, and agree blocking versus advisory policies with team leads.",
        C.COMPLEX,
        D.DEVOPS,
        ("sast", "secret-scanning", "monorepo"),
        Variant(
            C.MODERATE,
            "Add Semgrep to CI for the payments team's {lang} code",
            "Start with the OWASP rule pack, scan only changed files on pull requests, post findings as "
            "review comments, and tune out noisy rules after two weeks.",
        ),
    ),
    Seed(
        "Tenant isolation audit for the shared {datastore}",
        "All customers share the {datastore} and isolation relies on every query filtering by tenant_id. "
        "After an IDOR near miss, assess every access path, evaluate enforced row-level isolation, and plan "
        "a zero-downtime rollout.",
        C.COMPLEX,
        D.DATABASE,
        ("multi-tenant", "data-isolation", "row-level-security"),
        Variant(
            C.MODERATE,
            "Add automated cross-tenant access tests for the {datastore}",
            "Seed two tenants in the integration environment and assert that every repository method and "
            "endpoint returns nothing belonging to the other tenant; run it in CI.",
        ),
    ),
    Seed(
        "Get us SOC 2 Type II ready in nine months",
        "Sales keeps losing enterprise deals without a report. Map current practices to the Trust Services "
        "Criteria, close gaps in access reviews, change management and vendor risk, and automate evidence "
        "collection.",
        C.COMPLEX,
        D.SECURITY,
        ("soc2", "compliance", "audit-readiness"),
        Variant(
            C.MODERATE,
            "Automate quarterly access reviews for GitHub, AWS and Google Workspace",
            "Export members and permissions each quarter, send each manager their team's list to confirm, "
            "remove unconfirmed access, and keep the signed-off results as audit evidence.",
        ),
    ),
    Seed(
        "Migrate service-to-service auth from shared tokens to mTLS with SPIFFE",
        "Around 80 microservices authenticate each other with static bearer tokens copied between configs. "
        "Introduce SPIRE-issued identities, mTLS through the mesh, per-call authorisation policies, and a "
        "permissive-then-strict rollout.",
        C.COMPLEX,
        D.API,
        ("mtls", "spiffe", "service-identity"),
        Variant(
            C.MODERATE,
            "Enable strict mTLS between the orders and payments services",
            "Both already run sidecars. Turn on strict mode for the pair, add an authorisation policy "
            "allowing only orders to call the payments API, and verify that other callers are rejected.",
        ),
    ),
    Seed(
        "Third-party dashboard plugins run with full access to the user's session",
        "Marketplace plugins execute arbitrary JavaScript in our main origin and can read tokens and call "
        "any API. Design an isolation model with sandboxed iframes and scoped capabilities, a review "
        "process, and a kill switch.",
        C.COMPLEX,
        D.WEB,
        ("plugin-isolation", "iframe-sandbox", "third-party-code"),
        Variant(
            C.MODERATE,
            "Review the ten most installed dashboard plugins for token access",
            "Read each plugin's code for access to localStorage, cookies or our auth headers and for calls "
            "to external hosts, and report which ones need to be pulled or fixed.",
        ),
    ),
    Seed(
        "Firmware updates are downloaded over HTTP and flashed without signature checks",
        "Field devices fetch images over plain HTTP and flash them blindly. Design signed updates anchored "
        "in a hardware root of trust with rollback protection and key rotation, and plan migration for 50k "
        "deployed units.",
        C.COMPLEX,
        D.SYSTEMS,
        ("firmware", "code-signing", "secure-boot"),
        Variant(
            C.MODERATE,
            "Verify an Ed25519 signature on firmware images before flashing",
            "Embed the public key in the bootloader build, check the detached signature in the updater, "
            "refuse to flash on failure, and test with a tampered image on the bench rig.",
        ),
    ),
    Seed(
        "Our user table dump showed up on a breach forum",
        "A dump with emails and bcrypt hashes was posted yesterday. Confirm it is ours, find the access "
        "path, contain it, force password resets, notify regulators within 72 hours and customers, and fix "
        "the root cause.",
        C.COMPLEX,
        D.DATABASE,
        ("incident-response", "data-breach", "breach-notification"),
        Variant(
            C.MODERATE,
            "Check whether the posted dump really matches our production user table",
            "Compare column order, ID ranges and a sample of hashes against production and backups to date "
            "the snapshot, without copying the dump onto company laptops.",
        ),
    ),
    Seed(
        "EU data residency for the {datastore}, its replicas and backups",
        "New EU contracts require that personal data in the {datastore}, and every replica, log and backup "
        "of it, stays in EU regions. Map all flows, rework cross-region replication, and produce evidence "
        "for auditors.",
        C.COMPLEX,
        D.DATABASE,
        ("data-residency", "gdpr", "replication"),
        Variant(
            C.MODERATE,
            "Find out which copies of the {datastore} currently leave the EU",
            "List replicas, backup destinations, log shipping and analytics exports, note the region of "
            "each, and flag the ones that hold personal data outside the EU.",
        ),
    ),
    Seed(
        "Epic: remediate the 34 findings from this year's external pen test",
        "The report lists 3 critical, 9 high and 22 medium issues across web, API and mobile. Validate each, "
        "assign owners across six teams, fix within severity SLAs, and schedule the retest before the "
        "customer deadline.",
        C.COMPLEX,
        D.SECURITY,
        ("pen-test", "remediation", "vulnerability-management"),
        Variant(
            C.MODERATE,
            "Fix the three critical pen test findings",
            "They are an auth bypass in the partner API, a stored XSS in the admin UI and exposed debug "
            "endpoints; fix each, add regression tests, and ask the testers to verify.",
        ),
    ),
    Seed(
        "Engineers have standing admin access to the production {datastore}",
        "Anyone in engineering can read and write the production {datastore} with a shared admin credential. "
        "Introduce just-in-time, approved, time-boxed access with session recording, break-glass procedures, "
        "and masked data for routine debugging.",
        C.COMPLEX,
        D.DATABASE,
        ("privileged-access", "just-in-time-access", "insider-threat"),
        Variant(
            C.MODERATE,
            "Record and review sessions that access the production {datastore}",
            "Route access through the existing access gateway so every session is recorded and tied to a "
            "named user, and send a weekly summary to the data owner.",
        ),
    ),
    Seed(
        "Threat model the support LLM agent for prompt injection and data exfiltration",
        "The assistant reads customer tickets and can call tools that look up accounts and send emails. "
        "Identify injection paths through ticket content, tighten tool permissions, filter outputs, and "
        "build a red-team test set.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("prompt-injection", "llm", "data-exfiltration"),
        Variant(
            C.MODERATE,
            "Restrict the support assistant's email tool to the ticket's own customer",
            "The send_email tool accepts any address. Bind it server-side to the ticket requester, strip "
            "links from generated replies, and add tests with injected instructions in ticket text.",
        ),
    ),
    Seed(
        "Spike: can the recommender embeddings we ship to devices leak training data?",
        "We plan to ship user and item embeddings to on-device clients. Assess membership inference and "
        "inversion risk, evaluate differential privacy training with Opacus, and recommend what is safe to "
        "release.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("privacy", "membership-inference", "differential-privacy"),
        Variant(
            C.MODERATE,
            "Run a membership inference test against the current recommender model",
            "Use shadow models on a held-out split to measure attack accuracy against the production model, "
            "and report whether it beats the baseline by enough to worry about.",
        ),
    ),
    Seed(
        "Post-quantum readiness: inventory and migrate the crypto in our {lang} code",
        "Find every use of RSA, ECDSA and ECDH in our {lang} code, devices and stored data, assess "
        "harvest-now-decrypt-later exposure, and plan a hybrid ML-KEM rollout that our HSMs and clients can "
        "support.",
        C.COMPLEX,
        D.SECURITY,
        ("post-quantum", "crypto-inventory", "key-exchange"),
        Variant(
            C.MODERATE,
            "List every RSA and ECDSA key our {lang} code uses in the payments services",
            "For each key record the algorithm, size, purpose, where it is stored and who relies on it, so "
            "the payments team can plan replacements.",
        ),
    ),
    Seed(
        "Lock down the GPU research cluster that processes medical images",
        "Researchers have broad bucket read access, open internet egress and shared Jupyter kernels. Segment "
        "the network, restrict egress, enforce per-project permissions, and audit how data leaves through "
        "notebook exports.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("data-exfiltration", "ml-infrastructure", "network-segmentation"),
        Variant(
            C.MODERATE,
            "Restrict outbound internet from the research notebooks to an allowlist",
            "Route notebook egress through a proxy that only allows package mirrors and approved model hubs, "
            "and log blocked destinations for review.",
        ),
    ),
    Seed(
        "We have logs but no detection for workloads on {platform}",
        "Audit, access and application logs for workloads on {platform} go to storage nobody watches. "
        "Centralise them in a SIEM, write detections for the ATT&CK techniques that matter to us, and set up "
        "on-call triage.",
        C.COMPLEX,
        D.DEVOPS,
        ("siem", "threat-detection", "logging"),
        Variant(
            C.MODERATE,
            "Write SIEM detections for privilege escalation on {platform}",
            "Cover new admin role assignments, policy changes granting wildcard access and disabled audit "
            "logging, with runbooks and tests that use replayed events.",
        ),
    ),
    Seed(
        "Right-to-erasure requests don't actually delete data everywhere",
        "Deletion removes the users row but leaves data in the search index, S3 exports, analytics events, "
        "backups and three SaaS tools. Build an erasure workflow across all of them with verification and a "
        "30-day SLA.",
        C.COMPLEX,
        D.SECURITY,
        ("gdpr", "right-to-erasure", "data-lifecycle"),
        Variant(
            C.MODERATE,
            "Propagate user deletion to the search index and analytics events",
            "Publish a user-deleted event from the account service, consume it in the indexer and the "
            "analytics pipeline, and add a daily job that reports any stragglers.",
        ),
    ),
    Seed(
        "Replace the homegrown key exchange in the {component} with a vetted protocol",
        "The {component} implements its own key exchange and padding scheme, written years ago. Replace it "
        "with a standard protocol via libsodium or TLS, keep old clients working during a deprecation "
        "window, and get an external review.",
        C.COMPLEX,
        D.MOBILE,
        ("cryptography", "key-exchange", "protocol-migration"),
        Variant(
            C.MODERATE,
            "Get an external cryptographer to review the key exchange in the {component}",
            "Write up a spec of the current protocol, scope a two-week review with an outside firm, and "
            "triage the findings into must-fix and accepted.",
        ),
    ),
    Seed(
        "Customers saw each other's data after deploy: cache keys in the {component} ignore tenant",
        "Since Tuesday's release, cache keys in the {component} omit tenant and auth scope. Contain it, work "
        "out the exposure window and affected tenants from logs, notify them, and redesign keying so this "
        "cannot regress.",
        C.COMPLEX,
        D.API,
        ("cache-poisoning", "tenant-isolation", "incident-response"),
        Variant(
            C.SIMPLE,
            "Add tenant ID to the cache key in the {component}",
            "Include tenant_id and the auth scope in the key builder and flush the cache on deploy.",
        ),
    ),
    Seed(
        "Discover and classify sensitive data across the {datastore} and its downstream copies",
        "Nobody knows which fields in the {datastore} hold personal or health data, and copies feed many "
        "notebooks and models. Run automated discovery, define classification levels with owners, and "
        "enforce masking for analysts.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("data-classification", "pii-discovery", "data-governance"),
        Variant(
            C.MODERATE,
            "Tag the personal data columns in the {datastore} used by the churn model",
            "Profile the churn model's input columns, label the ones holding personal data, and mask them in "
            "the analyst views.",
        ),
    ),
    Seed(
        "Eliminate long-lived credentials for workloads running on {platform}",
        "Services on {platform} use static keys injected at deploy time, some unchanged for years. Move to "
        "workload identity federation and short-lived tokens, rotate what must remain, and track progress "
        "per team.",
        C.COMPLEX,
        D.DEVOPS,
        ("workload-identity", "credential-rotation", "secrets-management"),
        Variant(
            C.MODERATE,
            "Switch the deploy job on {platform} to OIDC federation instead of stored keys",
            "Configure the CI provider as an identity provider, create a narrowly scoped role for the deploy "
            "job, and delete the stored access keys once two releases succeed.",
        ),
    ),
    Seed(
        "Security design review for the payments rebuild (card vault, ledger, payouts)",
        "Payments is being rebuilt as five services around a card vault. Review the design for PCI DSS "
        "scope, key management, fraud and abuse cases, and inter-service authentication before "
        "implementation starts.",
        C.COMPLEX,
        D.API,
        ("design-review", "payments", "pci-dss"),
        Variant(
            C.MODERATE,
            "Review key management in the card vault service design",
            "Check how encryption keys are generated, stored in the HSM, rotated and accessed by the vault, "
            "and whether the design doc covers dual control.",
        ),
    ),
    Seed(
        "Modded APKs bypass purchases and hammer our API",
        "Repackaged builds of our Android app circulate on third-party stores, skipping purchase checks and "
        "calling premium APIs. Add Play Integrity and App Attest, server-side entitlement checks, and "
        "detection of modified clients.",
        C.COMPLEX,
        D.MOBILE,
        ("app-integrity", "tampering", "entitlements"),
        Variant(
            C.MODERATE,
            "Move the premium entitlement check from the app to the server",
            "The app decides locally whether a user is premium. Have premium endpoints check the "
            "receipt-backed entitlement on the server and return 402 when it is missing.",
        ),
    ),
    Seed(
        "Audit {lang} code across all 150 repos for native object deserialisation",
        "A deserialisation RCE hit a sister company. Find every use of native object deserialisation in our "
        "{lang} code, assess reachability from untrusted input, and migrate to safe formats with owners and "
        "deadlines.",
        C.COMPLEX,
        D.API,
        ("deserialization", "rce", "code-audit"),
        Variant(
            C.MODERATE,
            "Replace native object deserialisation in the session store's {lang} code with JSON",
            "Sessions are serialised with the language's native format. Switch to a JSON schema, keep "
            "reading old sessions for one release, then drop the legacy path.",
        ),
    ),
    Seed(
        "Compromised npm package was live for 6 hours, did it reach us?",
        "A malicious version of a transitive dependency was published yesterday. Find which builds, "
        "developer machines and deployed artifacts pulled it, analyse the payload, rotate any exposed "
        "secrets, and block recurrence.",
        C.COMPLEX,
        D.DEVOPS,
        ("supply-chain", "incident-response", "npm"),
        Variant(
            C.SIMPLE,
            "Search our lockfiles for the compromised package version",
            "Grep package-lock.json and yarn.lock in every repo for the malicious version and list hits.",
        ),
    ),
    Seed(
        "Design custom roles and delegated admin for the {component} without escalation paths",
        "Enterprise customers want custom roles, per-department admins and audited permission changes in the "
        "{component}. Design the policy model, migrate existing roles, and prove delegated admins cannot "
        "grant more than they hold.",
        C.COMPLEX,
        D.SECURITY,
        ("authorization", "rbac", "privilege-escalation"),
        Variant(
            C.SIMPLE,
            "Add a read-only auditor role to the {component}",
            "Create a role that can view everything but change nothing, and add tests that every write path "
            "rejects it.",
        ),
    ),
    Seed(
        "The {component} keeps getting CVEs from malformed input, what's the long-term fix?",
        "The {component} parses attacker-controlled data and has had four CVEs in two years. Weigh "
        "sandboxing, continuous fuzzing and a rewrite in a memory-safe language, then execute incrementally "
        "with differential testing.",
        C.COMPLEX,
        D.SYSTEMS,
        ("memory-safety", "attack-surface", "fuzzing"),
        Variant(
            C.MODERATE,
            "Set up continuous fuzzing for the {component}",
            "Write fuzz targets for the two main entry points, seed them with real samples, run them nightly "
            "in CI and file crashes automatically.",
        ),
    ),
    Seed(
        "PCI DSS 4.0 gap analysis and remediation before the QSA visit",
        "The assessment is in seven months and 4.0 adds requirements like authenticated scanning, payment "
        "page script integrity and MFA for all CDE access. Gap-analyse, tighten segmentation and assign "
        "remediation across four teams.",
        C.COMPLEX,
        D.SECURITY,
        ("pci-dss", "gap-analysis", "compliance"),
        Variant(
            C.MODERATE,
            "Implement script integrity monitoring on the payment page for PCI 6.4.3",
            "Inventory every script loaded on checkout, justify each one, add SRI hashes where possible, and "
            "alert when scripts or headers change.",
        ),
    ),
    Seed(
        "Scrapers with rotating IPs and free-tier keys are draining our pricing API",
        "Scrapers cycle through thousands of residential IPs and freshly created free keys, pulling all "
        "pricing data and raising our costs fourfold. Design layered defences from signup to the edge "
        "without breaking partners.",
        C.COMPLEX,
        D.API,
        ("bot-mitigation", "scraping", "abuse-prevention"),
        Variant(
            C.MODERATE,
            "Add per-key daily quotas for free-tier API keys",
            "Enforce a daily request quota per free key at the gateway, return 429 with a reset header, and "
            "alert when one account creates many keys.",
        ),
    ),
    Seed(
        "Emergency rollout of a privilege-escalation patch across {platform}",
        "A local privilege escalation affects most hosts on {platform}. Prioritise by exposure, roll out "
        "without breaking quorum for stateful services, and verify with authenticated scans that every host "
        "is patched.",
        C.COMPLEX,
        D.SYSTEMS,
        ("patch-management", "privilege-escalation", "fleet"),
        Variant(
            C.MODERATE,
            "Patch the internet-facing hosts on {platform} first and verify the fix",
            "Take the 12 exposed hosts, apply the patch with a rolling restart, and confirm the fixed "
            "version with an authenticated scan.",
        ),
    ),
    Seed(
        "XSS keeps coming back; we need a systemic fix, not whack-a-mole",
        "Eleven XSS reports in a year across four apps. Adopt Trusted Types and a strict CSP, standardise on "
        "auto-escaping templates, add lint rules and tests, and migrate the legacy jQuery pages.",
        C.COMPLEX,
        D.WEB,
        ("xss", "trusted-types", "secure-defaults"),
        Variant(
            C.MODERATE,
            "Enable Trusted Types in report-only mode on the account settings app",
            "Add the report-only header, collect violations for a week, and fix the sinks it reports.",
        ),
    ),
    Seed(
        "Make backups of the {datastore} survive a ransomware attack",
        "Backups of the {datastore} can be deleted with the same admin credentials as production. Add "
        "immutable off-account copies with object lock, separate break-glass credentials, and quarterly "
        "restore drills with measured RTO.",
        C.COMPLEX,
        D.DATABASE,
        ("ransomware", "backups", "immutability"),
        Variant(
            C.SIMPLE,
            "Enable object lock on the bucket that stores backups of the {datastore}",
            "Turn on compliance-mode object lock with 30-day retention for new backups and confirm deletes "
            "are rejected.",
        ),
    ),
    Seed(
        "Actively exploited zero-day in our SSL VPN appliance, no patch yet",
        "The vendor disclosed a pre-auth RCE under active exploitation. Apply interim mitigations, hunt for "
        "indicators of compromise on the appliance and the networks behind it, and plan for taking it "
        "offline if needed.",
        C.COMPLEX,
        D.DEVOPS,
        ("zero-day", "incident-response", "vpn"),
        Variant(
            C.SIMPLE,
            "Apply the vendor's interim mitigation to the VPN appliance",
            "Import the mitigation config the vendor published, confirm the vulnerable endpoint now returns "
            "403, and note the change in the incident channel.",
        ),
    ),
    Seed(
        "Start a security champions program for 25 product teams",
        "A security team of three supports 25 teams. Recruit one champion per team, define training, "
        "responsibilities and time allocation, and measure impact through findings per release and time to "
        "fix.",
        C.COMPLEX,
        D.SECURITY,
        ("security-champions", "secure-sdlc", "training"),
        Variant(
            C.MODERATE,
            "Run a secure code review workshop for the payments team",
            "A two-hour session using real past bugs from the payments code, covering injection, "
            "authorisation and secrets, with a checklist they can reuse in reviews.",
        ),
    ),
    Seed(
        "signup: email verification links never expire",
        "Verification tokens have no expiry and stay valid after use, so an old link from a "
        "forwarded or leaked email can still verify an address. Expire them after 24 hours and make "
        "them single use.",
        C.SIMPLE,
        D.WEB,
        ("email-verification", "tokens", "account-security"),
        Variant(
            C.MODERATE,
            "Email change flow lets a hijacked session take over the account",
            "Changing the account email needs no re-authentication and sends nothing to the old "
            "address. Require the password or MFA, notify the old address with an undo link, and "
            "add tests for the whole flow.",
        ),
    ),
    Seed(
        "api: 生产环境错误响应返回完整堆栈",
        "In production, 500 responses include the full Python traceback with file paths and SQL "
        "fragments. Turn off debug output and return a generic error body with a request ID "
        "instead.",
        C.SIMPLE,
        D.API,
        ("information-disclosure", "error-handling", "api"),
        Variant(
            C.MODERATE,
            "Stop leaking internals through error responses across all public services",
            "Review the error handlers of the eight public services, move them to one error "
            "envelope, make sure validation errors never echo secrets or internal IDs, and add "
            "contract tests that fail on stack traces.",
        ),
    ),
    Seed(
        "ci: lint.yml runs with write-all GITHUB_TOKEN permissions",
        "The lint workflow inherits the repository default token with write access to contents and "
        "packages, though it only reads code. Add a top-level permissions block limited to "
        "contents: read.",
        C.SIMPLE,
        D.DEVOPS,
        ("github-actions", "least-privilege", "ci-cd"),
        Variant(
            C.MODERATE,
            "Set least-privilege token permissions across all 40 GitHub workflows",
            "Switch the organisation default token to read-only, add explicit per-job permissions "
            "to every workflow that needs more, and add a CI check that rejects workflows without a "
            "permissions block.",
        ),
    ),
    Seed(
        "Seed migration creates an admin account with password 'admin'",
        "Migration 0003 inserts an admin user with a fixed password, so every fresh self-hosted "
        "install starts with known credentials. Generate a random one-time password at setup, print "
        "it once and force a change on first login.",
        C.SIMPLE,
        D.DATABASE,
        ("default-credentials", "migrations", "self-hosted"),
        Variant(
            C.MODERATE,
            "Remove default credentials from the entire self-hosted installer",
            "Besides the app admin, the installer ships fixed passwords for the database, the "
            "message broker and the metrics dashboard. Generate unique secrets per install for all "
            "of them and document rotation for existing installs.",
        ),
    ),
    Seed(
        "Android: PaymentConfirmActivity is exported without a permission",
        "The activity is declared exported=true, so any installed app can launch the payment "
        "confirmation screen with crafted extras. It is only opened from inside our app, so set "
        "exported=false.",
        C.SIMPLE,
        D.MOBILE,
        ("android", "exported-components", "intent-security"),
        Variant(
            C.MODERATE,
            "Audit every exported component in the Android manifest",
            "Go through all activities, services, broadcast receivers and content providers, remove "
            "exports that are not needed, add signature permissions or caller checks on the rest, "
            "and enable the lint checks that catch new ones.",
        ),
    ),
    Seed(
        "build: predictable /tmp path in our {lang} code allows symlink attacks",
        "The packaging helper in our {lang} code writes to /tmp/pkg-build.lock with a fixed name, "
        "so another local user can pre-create a symlink there and clobber files. Use a securely "
        "created temporary file instead.",
        C.SIMPLE,
        D.SYSTEMS,
        ("temp-files", "symlink-attack", "local-privilege"),
        Variant(
            C.MODERATE,
            "Review temp file, symlink and TOCTOU handling across our {lang} command-line tools",
            "Several tools in our {lang} code create files in shared directories, follow symlinks "
            "and check permissions before opening files. Find each race, fix it with safe APIs, and "
            "add tests that simulate a hostile local user.",
        ),
    ),
    Seed(
        "Churn explorer Streamlit app reachable on a public URL without login",
        "The app was deployed for a demo and still serves customer-level rows to anyone with the "
        "link. Put it behind the company SSO proxy and confirm anonymous requests are refused.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("data-exposure", "authentication", "internal-tools"),
        Variant(
            C.MODERATE,
            "Find every internal data app exposed to the internet without authentication",
            "Scan our cloud accounts for Streamlit, Dash, Jupyter and Superset instances on public "
            "addresses, move them behind SSO, and add a weekly check that flags new unauthenticated "
            "ones.",
        ),
    ),
    Seed(
        "Open redirect via ?next= on the login page",
        "After login the app redirects to whatever the next parameter holds, including absolute "
        "URLs, so phishing links can bounce users through our domain. Only accept relative paths on "
        "our own site.",
        C.SIMPLE,
        D.WEB,
        ("open-redirect", "phishing", "input-validation"),
        Variant(
            C.MODERATE,
            "Audit all redirect and return-URL parameters in the web app",
            "Cover the login next parameter, logout return URLs, OAuth redirect_uri handling and "
            "links in emails, route them through one validation helper with an allowlist, and add "
            "tests with encoded and protocol-relative payloads.",
        ),
    ),
    Seed(
        "policy: drop the forced 60-day password expiry",
        "Staff complain about forced rotation and current NIST guidance no longer recommends it. "
        "Remove the expiry rule, raise the minimum length to 12, and update the password section of "
        "the security policy.",
        C.SIMPLE,
        D.SECURITY,
        ("password-policy", "nist", "identity"),
        Variant(
            C.MODERATE,
            "Align our password policy and its enforcement with NIST SP 800-63B",
            "Change length and composition rules, check new passwords against breached-password "
            "lists, replace hard lockouts with throttling, and make the login service, admin tools "
            "and written policy all say the same thing.",
        ),
    ),
    Seed(
        "orders-service: actuator /env and /heapdump reachable on the public port",
        "Spring Boot management endpoints of the orders service are exposed without authentication, "
        "and a heap dump can contain credentials. Expose only health publicly and move the rest to "
        "the internal management port.",
        C.SIMPLE,
        D.API,
        ("spring-boot", "information-disclosure", "misconfiguration"),
        Variant(
            C.MODERATE,
            "Inventory debug and management endpoints reachable from the internet across all services",
            "Probe every public hostname for actuator, pprof, metrics, admin consoles and GraphQL "
            "playgrounds, close or authenticate each one, and add an external scan to CI that fails "
            "when any reappear.",
        ),
    ),
    Seed(
        "Offboarding: ex-contractor still has deploy access for {platform}",
        "The contractor's engagement ended last Friday, but their account and SSH key still grant "
        "deploy access for {platform}. Revoke both and check the audit trail for any activity since "
        "Friday.",
        C.SIMPLE,
        D.DEVOPS,
        ("offboarding", "access-revocation", "audit-trail"),
        Variant(
            C.MODERATE,
            "Automate offboarding so leavers lose access for {platform} within an hour",
            "Access for {platform} is granted by hand and removed by ticket, often days late. Drive "
            "it from the HR system through SSO groups, cover SSH keys and API tokens, and report "
            "any access that outlives the leaver's end date.",
        ),
    ),
    Seed(
        "Use constant-time comparison for HMAC signatures in our {lang} code",
        "The webhook verifier in our {lang} code compares the computed and received signatures with "
        "ordinary string equality, which leaks timing. Switch to the standard constant-time compare "
        "and add a test.",
        C.SIMPLE,
        D.API,
        ("timing-attack", "hmac", "webhooks"),
        Variant(
            C.MODERATE,
            "Review secret comparisons and random number sources in our {lang} code",
            "Find every place that compares tokens, signatures or API keys, and every token "
            "generated with a non-cryptographic random source; fix each one and add a linter rule "
            "that flags new occurrences.",
        ),
    ),
    Seed(
        "iOS: account balance visible in the app switcher snapshot",
        "When the banking app goes to the background, the system snapshot shows the balance and "
        "recent transactions. Cover the window with a privacy view on resign-active and remove it "
        "on return.",
        C.SIMPLE,
        D.MOBILE,
        ("ios", "data-leakage", "screen-privacy"),
        Variant(
            C.MODERATE,
            "Protect sensitive screens from snapshots and screen capture on iOS and Android",
            "Apply FLAG_SECURE on Android screens showing balances, card details and one-time "
            "codes, add the iOS privacy overlay and capture detection, and agree with product on "
            "which screens count as sensitive.",
        ),
    ),
    Seed(
        "staging Redis listens on 0.0.0.0 with no AUTH",
        "The cache instance on the staging VM is bound to all interfaces with no password, and port "
        "6379 is open in its security group. Bind it to the private interface, require an ACL user, "
        "and close the port.",
        C.SIMPLE,
        D.DATABASE,
        ("redis", "network-exposure", "misconfiguration"),
        Variant(
            C.COMPLEX,
            "Find and close every data store reachable from the internet across our cloud accounts",
            "Scan all accounts for Redis, Elasticsearch, MongoDB and Postgres endpoints with public "
            "exposure, move them into private subnets with authentication, check logs for past "
            "unauthorised access, and add a guardrail policy that blocks new ones.",
        ),
    ),
    Seed(
        "Account settings page can be framed by other sites",
        "There is no X-Frame-Options or frame-ancestors directive, so a malicious page can overlay "
        "the settings page and trick users into clicking delete account. Send frame-ancestors "
        "'none' on it.",
        C.SIMPLE,
        D.WEB,
        ("clickjacking", "http-headers", "csp"),
        Variant(
            C.MODERATE,
            "Clickjacking protection for the embeddable widget customers frame on their own sites",
            "The booking widget must stay frameable, but only by each customer's registered "
            "domains. Serve per-customer frame-ancestors allowlists dynamically, handle customers "
            "with many domains, and keep the rest of the app unframeable.",
        ),
    ),
    Seed(
        "exports: CSV export returns rows from every workspace when the filter is omitted",
        "GET /exports falls back to all workspaces if workspace_id is missing, so any signed-in "
        "user can download other customers' data. Enforce scoping server-side for every export "
        "type, add tests, and check logs for past misuse.",
        C.MODERATE,
        D.API,
        ("broken-access-control", "multi-tenancy", "data-exposure"),
        Variant(
            C.SIMPLE,
            "Return 400 when an export request has no workspace_id",
            "Make workspace_id required on GET /exports and reject values that do not belong to the "
            "caller's account.",
        ),
    ),
    Seed(
        "uploads: client-supplied filename used as-is when saving to disk",
        "The media upload handler joins the multipart filename onto the upload directory, so names "
        "containing ../ or absolute paths can overwrite files elsewhere. Generate server-side "
        "names, check content types, and add tests with hostile filenames.",
        C.MODERATE,
        D.WEB,
        ("file-upload", "path-traversal", "input-validation"),
        Variant(
            C.SIMPLE,
            "Strip directory components from uploaded filenames",
            "Keep only the base name of the uploaded file and prefix it with a random ID before "
            "saving.",
        ),
    ),
    Seed(
        "ci: labeler workflow checks out fork PR code under pull_request_target",
        "The workflow runs with repository secrets and a write token, then checks out and runs npm "
        "install on the PR head, so a fork can steal secrets. Split it into an unprivileged build "
        "and a privileged labelling step, and check the other workflows for the same pattern.",
        C.MODERATE,
        D.DEVOPS,
        ("github-actions", "ci-cd", "secrets-exposure"),
        Variant(
            C.SIMPLE,
            "Remove the PR head checkout from labeler.yml",
            "The labeler only needs the list of changed files, so drop the checkout step and the "
            "npm install entirely.",
        ),
    ),
    Seed(
        "customers table stores SSNs in plaintext",
        "Full SSNs sit unencrypted in the customers table and show up in backups and replicas. Add "
        "application-level encryption with keys in KMS, a blind index for exact lookups, and "
        "migrate existing rows without downtime.",
        C.MODERATE,
        D.DATABASE,
        ("field-level-encryption", "pii", "key-management"),
        Variant(
            C.SIMPLE,
            "Show only the last four SSN digits in the admin customer view",
            "The support admin page renders the full SSN; mask it to the last four digits for all "
            "support roles.",
        ),
    ),
    Seed(
        "agentd control socket is world-writable and accepts exec commands",
        "The daemon runs as root and creates /var/run/agentd.sock with mode 0666, so any local user "
        "can send an exec command and get root. Restrict the socket, verify peer credentials, and "
        "remove the exec command.",
        C.MODERATE,
        D.SYSTEMS,
        ("local-privilege-escalation", "unix-socket", "daemon"),
        Variant(
            C.SIMPLE,
            "Create the agentd socket with mode 0660 and a dedicated group",
            "Set the socket permissions at creation time and add the agentd group in the package's "
            "postinstall script.",
        ),
    ),
    Seed(
        "Password reset deep links use a custom URL scheme any app can claim",
        "Reset emails open myapp://reset?token=..., and another installed app can register the same "
        "scheme and capture the token. Move to verified App Links and Universal Links, and make "
        "reset tokens single use with a short expiry.",
        C.MODERATE,
        D.MOBILE,
        ("deep-links", "password-reset", "token-interception"),
        Variant(
            C.SIMPLE,
            "Add autoVerify to the Android password reset intent filter",
            "Set android:autoVerify on the https reset link filter and publish the matching "
            "assetlinks.json on our domain.",
        ),
    ),
    Seed(
        "JupyterHub: everyone can read everyone else's home directory",
        "All notebook servers run as the same UID on shared NFS, so any researcher can open "
        "colleagues' notebooks, cached datasets and saved cloud credentials. Give each user their "
        "own UID and permissions, and rotate credentials found in home directories.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("jupyterhub", "isolation", "credentials"),
        Variant(
            C.COMPLEX,
            "Redesign the notebook platform for isolation between projects and datasets",
            "Replace the shared hub with per-project namespaces, per-user identities for data "
            "access, short-lived cloud credentials, egress controls and audit logs of dataset "
            "reads, and migrate 300 researchers without losing work.",
        ),
    ),
    Seed(
        "Can someone review the permission model for shared folders before GA?",
        "Shared folders inherit permissions from parent workspaces and also support link sharing "
        "and guests. Look for escalation through moving folders, stale guest links and inherited "
        "admin rights, and write test cases for each path.",
        C.MODERATE,
        D.SECURITY,
        ("authorization", "permission-model", "sharing"),
        Variant(
            C.COMPLEX,
            "Redesign sharing permissions across documents, folders and workspaces",
            "Inheritance, link sharing and guest access are implemented separately in three "
            "services and disagree. Define one policy model, move checks into a shared "
            "authorisation service, migrate existing grants, and prove no user gains access in the "
            "process.",
        ),
    ),
    Seed(
        "webhooks: outgoing payloads are unsigned",
        "Customers cannot tell whether webhook calls really come from us, and one was spoofed to "
        "trigger refunds. Sign payloads with per-endpoint HMAC secrets and a timestamp, support "
        "secret rotation with overlap, and document verification.",
        C.MODERATE,
        D.API,
        ("webhooks", "hmac", "spoofing"),
        Variant(
            C.SIMPLE,
            "Add an HMAC signature header to the refund.created webhook",
            "Sign just this one event with the existing per-customer secret so the affected "
            "customer can verify it now.",
        ),
    ),
    Seed(
        "v3.4 regression: password change no longer asks for the current password",
        "Since the settings refactor in 3.4, PATCH /account accepts a new password without the old "
        "one, so a stolen session becomes a full takeover. Restore re-authentication for password, "
        "email and MFA changes, with tests.",
        C.MODERATE,
        D.WEB,
        ("reauthentication", "account-takeover", "regression"),
        Variant(
            C.SIMPLE,
            "Re-add the current_password check to the password change form",
            "Restore the check that was dropped in 3.4 for password changes only and add one "
            "regression test.",
        ),
    ),
    Seed(
        "infra repo: Kubernetes Secrets committed as base64 in manifests",
        "Deployment YAML in the infra repo carries database and API credentials as base64 Secret "
        "objects, readable by anyone with repo access. Move them to an external secrets operator "
        "backed by the vault and rotate everything exposed.",
        C.MODERATE,
        D.DEVOPS,
        ("kubernetes", "secrets-management", "gitops"),
        Variant(
            C.SIMPLE,
            "Rotate the three database passwords found in the infra repo",
            "Change the passwords, update the running deployments, and confirm the old values no "
            "longer authenticate.",
        ),
    ),
    Seed(
        "staging refresh copies production data with real customer details",
        "The weekly job restores a production snapshot into staging, where developers and "
        "contractors see real emails, addresses and payment history. Add masking to the refresh and "
        "restrict who can use unmasked copies.",
        C.MODERATE,
        D.DATABASE,
        ("data-masking", "test-data", "privacy"),
        Variant(
            C.SIMPLE,
            "Null out email and phone columns in the staging refresh script",
            "Add an update step after the restore that replaces email and phone values with "
            "synthetic ones.",
        ),
    ),
    Seed(
        "integrations: disconnecting an app doesn't revoke its refresh token",
        "Removing a third-party integration in settings only hides it; its refresh token still "
        "mints access tokens and keeps reading data. Revoke tokens on disconnect, cascade to live "
        "access tokens, and add an RFC 7009 revocation endpoint.",
        C.MODERATE,
        D.API,
        ("oauth", "token-revocation", "third-party-access"),
        Variant(
            C.SIMPLE,
            "Delete stored refresh tokens when a user disconnects an integration",
            "On disconnect, remove the integration's refresh token rows so it cannot mint new "
            "access tokens.",
        ),
    ),
    Seed(
        "Personal data in the {datastore} is stored unencrypted",
        "A privacy review found names, home addresses and visit notes in the {datastore} in plain "
        "form, readable by anyone who gets a copy. Decide what must be kept, encrypt the rest with "
        "managed keys, and migrate existing records.",
        C.MODERATE,
        D.MOBILE,
        ("encryption-at-rest", "pii", "privacy-review"),
        Variant(
            C.SIMPLE,
            "Stop writing visit notes into the {datastore}",
            "Visit notes are cached there but never read back; remove the write and delete what is "
            "already stored.",
        ),
    ),
    Seed(
        "SOC 2: auditor wants change-management evidence for the audit period",
        "The auditor asked for proof that every production change on {platform} in the last 12 "
        "months was reviewed and approved. Map deploys to approved pull requests, explain the "
        "exceptions, and package the evidence.",
        C.MODERATE,
        D.SECURITY,
        ("soc2", "change-management", "audit-evidence"),
        Variant(
            C.COMPLEX,
            "Continuous compliance evidence collection for SOC 2 and ISO 27001",
            "Replace the yearly scramble with automated evidence: map controls to data sources on "
            "{platform}, collect change, access and vulnerability evidence continuously, alert on "
            "control failures, and give auditors read-only access.",
        ),
    ),
    Seed(
        "edge proxy: TLS session ticket key never rotates",
        "The C proxy generates one ticket encryption key at startup and keeps it for weeks of "
        "uptime, which undermines forward secrecy. Rotate keys on a schedule and share them across "
        "nodes so resumption still works.",
        C.MODERATE,
        D.SYSTEMS,
        ("tls", "forward-secrecy", "key-rotation"),
        Variant(
            C.SIMPLE,
            "Disable TLS session tickets on the edge proxies",
            "Turn tickets off in the proxy config and rely on session IDs until proper key rotation "
            "exists.",
        ),
    ),
    Seed(
        "[Feature request] Show active sessions and let users sign out other devices",
        "After a support case where a library computer stayed logged in for weeks, users want to "
        "see where they are signed in. List sessions with device, location and last activity, and "
        "allow revoking one or all of them.",
        C.MODERATE,
        D.WEB,
        ("session-management", "account-security", "user-controls"),
        Variant(
            C.SIMPLE,
            "Add a sign-out-everywhere button to account settings",
            "One button that revokes every session for the user except the current one.",
        ),
    ),
    Seed(
        "deps: upgrade jackson-databind off 2.9 for the polymorphic typing CVEs",
        "The gadget-chain advisories against jackson-databind require moving off 2.9, which breaks "
        "our custom deserializers. Upgrade, fix the breakages, and confirm default typing is "
        "disabled in every ObjectMapper.",
        C.MODERATE,
        D.API,
        ("dependency-cve", "deserialization", "java"),
        Variant(
            C.SIMPLE,
            "Turn off default typing in the shared ObjectMapper config",
            "Remove the enableDefaultTyping call from the common config module and run the existing "
            "test suite.",
        ),
    ),
    Seed(
        "Airflow: Viewer role can see connection passwords",
        "Every user with Viewer access can open the connections page and read warehouse and API "
        "credentials in the extras field. Tighten the roles, move connections to a secrets backend, "
        "and rotate what was exposed.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("airflow", "secrets-exposure", "rbac"),
        Variant(
            C.SIMPLE,
            "Remove the Viewer role's access to the Connections page",
            "Drop the connection read permission from the Viewer role in the Airflow security config.",
        ),
    ),
    Seed(
        "import: supplier XML feeds can read local files",
        "The product import endpoint parses supplier XML with external entities enabled, and a test "
        "feed returned /etc/passwd. Disable DTDs in every XML parser in our {lang} code and add "
        "regression tests.",
        C.MODERATE,
        D.API,
        ("xxe", "xml-parsing", "input-validation"),
        Variant(
            C.SIMPLE,
            "Disable external entities in the supplier feed parser",
            "Set the parser flags that turn off DTDs and external entities for the import endpoint "
            "only.",
        ),
    ),
    Seed(
        "Tracking issue: clean up findings from the Q3 access review",
        "The review found 40 stale admin grants on {platform}, six shared logins and service "
        "accounts with no owner. Remove or justify each one, assign owners, and automate removal "
        "when people change teams.",
        C.MODERATE,
        D.SECURITY,
        ("access-review", "least-privilege", "identity-governance"),
        Variant(
            C.SIMPLE,
            "Disable the six shared admin logins from the access review",
            "Turn off the shared accounts and give each person who used them an individual account.",
        ),
    ),
    Seed(
        "Android: allowBackup=true copies auth tokens into cloud backups",
        "Shared preferences holding the session and refresh tokens are included in device and adb "
        "backups, so restoring on another phone signs in as the user. Exclude credentials with "
        "backup rules and mark iOS keychain items this-device-only.",
        C.MODERATE,
        D.MOBILE,
        ("android", "backups", "token-storage"),
        Variant(
            C.SIMPLE,
            "Set android:allowBackup to false in the release manifest",
            "Disable backups entirely for the release build until selective backup rules are written.",
        ),
    ),
    Seed(
        "Preview deployments on {platform} are public and use production keys",
        "Every branch gets a preview deployment on {platform} reachable without authentication and "
        "configured with production API keys. Put previews behind auth, switch them to scoped "
        "staging credentials, and rotate the exposed production keys.",
        C.MODERATE,
        D.WEB,
        ("preview-environments", "secrets-exposure", "access-control"),
        Variant(
            C.SIMPLE,
            "Put the preview deployments on {platform} behind password protection",
            "Enable the built-in password protection for previews so only the team can open them.",
        ),
    ),
    Seed(
        "postgres: log_statement=all でセッショントークンがログに残る",
        "Statement logging on the primary was set to all while debugging, so session tokens and "
        "password hashes from queries end up in server logs shipped to the log platform. Reduce "
        "logging, purge the affected logs, and rotate exposed tokens.",
        C.MODERATE,
        D.DATABASE,
        ("logging", "postgresql", "secrets-exposure"),
        Variant(
            C.SIMPLE,
            "Set log_statement back to ddl on the production primary",
            "Revert the debugging change in the parameter group and confirm new log lines no longer "
            "contain query values.",
        ),
    ),
    Seed(
        "RFC: fine-grained OAuth scopes for third-party apps",
        "Integrations get all-or-nothing access to an account today, so a compromised partner can "
        "read and delete everything. Design granular scopes and consent screens, enforce them on "
        "every endpoint, and migrate about 300 existing integrations.",
        C.COMPLEX,
        D.API,
        ("oauth", "authorization", "least-privilege"),
        Variant(
            C.MODERATE,
            "Add a read-only scope for the reporting endpoints",
            "Introduce reports:read, enforce it on the six reporting endpoints, and show it on the "
            "consent screen for new integrations.",
        ),
    ),
    Seed(
        "Epic: SAML SSO, SCIM deprovisioning and SSO-only login for enterprise workspaces",
        "Enterprise customers require that leavers lose access the moment their identity provider "
        "disables them and that password login be impossible. Add SAML SSO, SCIM provisioning, "
        "enforcement settings and recovery for locked-out admins.",
        C.COMPLEX,
        D.WEB,
        ("sso", "scim", "identity-lifecycle"),
        Variant(
            C.MODERATE,
            "Deactivate users when the SCIM feed marks them inactive",
            "Handle the active=false patch from the identity provider by revoking sessions and API "
            "tokens and blocking sign-in for that user.",
        ),
    ),
    Seed(
        "Incident: backdoored image tag pushed to our container registry",
        "A leaked CI token was used to push a modified image that two clusters deployed before "
        "anyone noticed. Contain it, find every affected workload and secret, rebuild from clean "
        "sources, and enforce signature verification at admission.",
        C.COMPLEX,
        D.DEVOPS,
        ("incident-response", "container-registry", "supply-chain"),
        Variant(
            C.MODERATE,
            "Verify image signatures at admission in the production cluster",
            "Sign images in the release pipeline and add an admission policy that rejects unsigned "
            "images, starting in audit mode for a week.",
        ),
    ),
    Seed(
        "Proposal: move PII out of service databases into a tokenisation vault",
        "Personal data is spread across 14 tables in three databases, each with its own access "
        "rules. Build a PII vault with tokenisation and access logging, migrate services to tokens, "
        "and keep analytics working on tokenised data.",
        C.COMPLEX,
        D.DATABASE,
        ("tokenization", "pii", "data-protection"),
        Variant(
            C.MODERATE,
            "Tokenise customer email addresses in the orders database",
            "Replace stored emails with tokens from the existing vault, update the two services "
            "that read them, and backfill old rows.",
        ),
    ),
    Seed(
        "Epic: remove setuid helpers and root daemons from the appliance image",
        "The appliance ships nine setuid helpers and six daemons running as root. Drop privileges "
        "for each, replace the helpers with capabilities or a small privileged broker, and "
        "commission a local privilege escalation assessment afterwards.",
        C.COMPLEX,
        D.SYSTEMS,
        ("least-privilege", "setuid", "hardening"),
        Variant(
            C.MODERATE,
            "Replace the setuid network helper with a capability-based binary",
            "Give the helper CAP_NET_ADMIN only, remove the setuid bit, and test every network "
            "configuration path it serves.",
        ),
    ),
    Seed(
        "Public usage statistics release could re-identify small groups",
        "The quarterly open dataset breaks usage down by region, age band and plan, and some cells "
        "describe only a handful of people. Assess re-identification risk, apply differential "
        "privacy with a tracked budget, and get legal sign-off.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("differential-privacy", "re-identification", "data-release"),
        Variant(
            C.MODERATE,
            "Suppress cells with fewer than ten users in the public statistics export",
            "Add small-count and complementary suppression to the export job and review the last "
            "release for cells that should have been hidden.",
        ),
    ),
    Seed(
        "v5.0 regression: some users open the app into someone else's account",
        "Since the 5.0 release a handful of users landed in a stranger's account. Contain it, find "
        "whether caching or a token mix-up causes it, work out from logs who was exposed, notify "
        "them, and add safeguards.",
        C.COMPLEX,
        D.MOBILE,
        ("incident-response", "session-mixup", "data-exposure"),
        Variant(
            C.SIMPLE,
            "Force sign-out of every session created by app version 5.0",
            "Revoke the refresh tokens issued to 5.0 clients so affected users must sign in again.",
        ),
    ),
    Seed(
        "Proposal: launch a public bug bounty programme",
        "Researcher reports land in a generic inbox and nobody owns them. Define scope, rules and "
        "rewards, set triage and fix SLAs, clean up known low-hanging issues first, and run a "
        "private phase before opening it publicly.",
        C.COMPLEX,
        D.SECURITY,
        ("bug-bounty", "vulnerability-disclosure", "triage"),
        Variant(
            C.MODERATE,
            "Run a private bug bounty pilot with 20 invited researchers on the marketing site",
            "Limit scope to the marketing site, set a small reward table, and use the pilot to tune "
            "triage before expanding.",
        ),
    ),
    Seed(
        "Third-party risk: 120 SaaS vendors hold customer data and nobody reviews them",
        "Teams sign up for tools freely and some get customer exports or workspace admin rights. "
        "Build an inventory, tier vendors by data access, collect SOC 2 reports and DPAs, and "
        "offboard the ones we no longer need.",
        C.COMPLEX,
        D.SECURITY,
        ("vendor-risk", "third-party", "compliance"),
        Variant(
            C.SIMPLE,
            "Revoke OAuth grants for the five SaaS apps nobody uses anymore",
            "Remove their workspace access and API tokens and note the removals in the vendor sheet.",
        ),
    ),
    Seed(
        "auth: tokens stay valid after logout and password change",
        "Access tokens are stateless JWTs valid for 24 hours with no revocation, used by web, "
        "mobile and twelve backend services. Design short-lived tokens with refresh rotation and "
        "revocation, and migrate every client and service to them.",
        C.COMPLEX,
        D.API,
        ("jwt", "token-revocation", "session-management"),
        Variant(
            C.MODERATE,
            "Shorten access tokens to 15 minutes with refresh token rotation for the web app",
            "Issue short-lived access tokens, rotate refresh tokens on each use, and treat reuse of "
            "an old refresh token as theft.",
        ),
    ),
    Seed(
        "Cookies shared across *.example.com expose app sessions to every subdomain",
        "All 20 apps set the session cookie on the parent domain, so an XSS or takeover of any "
        "marketing subdomain steals app sessions. Move to host-only cookies with central OIDC "
        "login, and audit subdomains for takeover risk.",
        C.COMPLEX,
        D.WEB,
        ("cookie-scoping", "subdomain-takeover", "session-management"),
        Variant(
            C.MODERATE,
            "Find and remove dangling DNS records pointing at deleted cloud resources",
            "List CNAME and A records whose targets no longer exist, delete or reclaim them, and "
            "add a weekly check for new dangling records.",
        ),
    ),
    Seed(
        "Data retention: nothing is ever deleted from the {datastore} or its backups",
        "There is no retention policy, so years of personal data sit in the {datastore}, its "
        "replicas, backups and the warehouse. Define retention per data type with legal, build "
        "deletion and archival jobs everywhere, and show auditors it works.",
        C.COMPLEX,
        D.DATABASE,
        ("data-retention", "gdpr", "data-lifecycle"),
        Variant(
            C.SIMPLE,
            "Delete expired password reset rows every night",
            "Add a scheduled job that removes reset token rows older than 30 days and logs how many "
            "were deleted.",
        ),
    ),
    Seed(
        "Encryption keys for the {datastore} live next to the data they protect",
        "The key that encrypts the {datastore} is stored in the same account and readable by the "
        "same role as the data, so one stolen credential exposes both. Move to envelope encryption "
        "with HSM-backed keys, separate duties, rotate and re-encrypt.",
        C.COMPLEX,
        D.DATABASE,
        ("key-management", "encryption-at-rest", "separation-of-duties"),
        Variant(
            C.MODERATE,
            "Move the encryption key for the {datastore} into the cloud KMS",
            "Import the current key into KMS, grant decrypt only to the service role, and remove "
            "the key file from the config bucket.",
        ),
    ),
    Seed(
        "API v1: 12 endpoints still have no authentication",
        "The legacy v1 endpoints predate the auth middleware and partners still call them. Add "
        "authentication without breaking partners, migrate them to v2, retire v1, and check logs "
        "for anonymous access to customer data.",
        C.COMPLEX,
        D.API,
        ("broken-authentication", "legacy-api", "deprecation"),
        Variant(
            C.SIMPLE,
            "Add the auth middleware to GET /v1/customers",
            "Wrap the one endpoint that returns customer records with the existing API key middleware.",
        ),
    ),
    Seed(
        "Security baseline for everything we run on {platform}",
        "Workloads on {platform} were set up by many teams with no common controls. Define baseline "
        "requirements for logging, encryption, network exposure and identity, assess every team "
        "against them, and enforce them with policy-as-code.",
        C.COMPLEX,
        D.DEVOPS,
        ("security-baseline", "policy-as-code", "cloud-security"),
        Variant(
            C.MODERATE,
            "Block public exposure of new resources on {platform} with a policy check in CI",
            "Write policy rules for public endpoints and open network rules, run them on every "
            "infrastructure change, and fail the build on violations.",
        ),
    ),
    Seed(
        "Proposal: device trust and remote wipe for the field worker app",
        "Field staff use personal phones holding patient visit data, and two were lost last "
        "quarter. Design device trust checks, app-level encryption, remote wipe on loss or "
        "offboarding, and MDM integration that satisfies HIPAA.",
        C.COMPLEX,
        D.MOBILE,
        ("hipaa", "remote-wipe", "device-trust"),
        Variant(
            C.MODERATE,
            "Wipe local data when a field worker's account is disabled",
            "On the next sync after deactivation, have the app delete its local database and cached "
            "files and sign out.",
        ),
    ),
    Seed(
        "Internal security review of the {component} ahead of the external audit",
        "The {component} gets a third-party audit next quarter. Beforehand, threat model it, review "
        "the code at its trust boundaries, fuzz its inputs, fix high findings, and prepare design "
        "documentation for the auditors.",
        C.COMPLEX,
        D.SYSTEMS,
        ("security-review", "audit-prep", "threat-modeling"),
        Variant(
            C.SIMPLE,
            "Write the scope document for the external audit of the {component}",
            "List the entry points, versions in scope and contacts so the audit firm can price the "
            "work.",
        ),
    ),
    Seed(
        "Supply chain: pin and verify {framework} and every other dependency in training images",
        "Training images install {framework} and about 200 other packages unpinned from public "
        "indexes, and a typosquatted package hit a sister team. Pin with hashes, route installs "
        "through a scanned internal mirror, and publish SBOMs.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("supply-chain", "dependency-pinning", "ml-infrastructure"),
        Variant(
            C.SIMPLE,
            "Pin {framework} to an exact version with a hash in the training image",
            "Replace the loose version range with one exact version and its hash.",
        ),
    ),
    Seed(
        "We're about to open our internal admin API to partners, what do we need to do security-wise?",
        "The admin API was built for staff behind the VPN with one shared token. Partners will call "
        "it from the internet, so it needs per-partner authentication, tenant-level authorisation, "
        "rate limits, audit logging and a pen test before launch.",
        C.COMPLEX,
        D.API,
        ("api-security", "partner-access", "authorization"),
        Variant(
            C.MODERATE,
            "Give each partner its own API key for the two read-only admin endpoints",
            "Issue per-partner keys, restrict them to the two read endpoints the first partner "
            "needs, and log every call.",
        ),
    ),
    Seed(
        "Rubato un portatile con credenziali di produzione",
        "An engineer's unencrypted laptop was stolen with SSH keys, a kubeconfig and browser "
        "sessions for the cloud console. Revoke and rotate everything it held, review access logs "
        "for misuse, and enforce disk encryption and MDM across the laptop fleet.",
        C.COMPLEX,
        D.SECURITY,
        ("incident-response", "credential-rotation", "endpoint-security"),
        Variant(
            C.SIMPLE,
            "Revoke the SSH keys and kubeconfig from the stolen laptop",
            "Remove the laptop's SSH public keys from the bastions and delete the kubeconfig user's "
            "credentials.",
        ),
    ),
    Seed(
        "SPA stores JWTs in localStorage across all four frontends",
        "Any XSS in one of the four single-page apps can read long-lived tokens from localStorage. "
        "Move to a backend-for-frontend with httpOnly cookies, add CSRF protection, and update the "
        "SDK and embedded widgets that rely on bearer tokens.",
        C.COMPLEX,
        D.WEB,
        ("token-storage", "xss", "backend-for-frontend"),
        Variant(
            C.MODERATE,
            "Move the admin app's token from localStorage to an httpOnly cookie",
            "Have the admin app's backend set the cookie at login, add a CSRF token for "
            "state-changing requests, and remove the localStorage code.",
        ),
    ),
)
