"""Hand-written base tasks for the Coder category."""

from app.dataset.seeds._types import Seed, Variant
from app.labels import Complexity as C
from app.labels import Domain as D

SEEDS: tuple[Seed, ...] = (
    # --- Web ---------------------------------------------------------------------------------------------
    Seed(
        "TypeError: Cannot read properties of undefined (reading 'map') on the /orders page",
        "The orders array is undefined until the fetch in useOrders resolves, so the very first render of "
        "OrdersTable crashes. Default it to an empty array and add a regression test for the initial "
        "render.",
        C.SIMPLE,
        D.WEB,
        ("react-hooks", "null-check", "regression-test"),
        Variant(
            C.MODERATE,
            "Handle loading, empty and error states properly on the /orders page",
            "The page assumes data is always there. Add a skeleton while loading, an empty state, an error "
            "banner with retry, and React Testing Library tests for each state in useOrders and "
            "OrdersTable.",
        ),
    ),
    Seed(
        "{component} pegs a CPU core while idle",
        "A profile shows a timer waking up every few milliseconds to re-check state that has not changed. "
        "Replace it with an event-driven update or a sane interval and confirm idle CPU usage drops to near "
        "zero.",
        C.SIMPLE,
        D.WEB,
        ("cpu-usage", "polling", "idle-performance"),
        Variant(
            C.MODERATE,
            "Remove all busy-polling from the {component} in favour of event-driven updates",
            "Four separate loops poll for changes on short timers. Replace each with change notifications "
            "or subscriptions, make sure no update is missed during the switch-over, and add a benchmark "
            "that tracks idle CPU in CI.",
        ),
    ),
    Seed(
        "Remove the dead `newPricing` feature flag from the {component}",
        "The flag has been fully rolled out for three months. Delete the old code branch, the flag lookup "
        "and the tests that only exercise the disabled path; no behaviour change is expected.",
        C.SIMPLE,
        D.WEB,
        ("feature-flags", "dead-code", "cleanup"),
        Variant(
            C.MODERATE,
            "Clean up every expired feature flag in the {component} and add a staleness check",
            "Eleven flags are fully rolled out. Remove their dead branches, update the affected tests, and "
            "add a CI check that fails when a flag is older than 90 days and has no owner.",
        ),
    ),
    Seed(
        "feat: infinite scroll for the product grid",
        "Replace the Next/Prev buttons in ProductGrid.tsx with an IntersectionObserver loader on the "
        "existing cursor API. Restore scroll position on back navigation and announce newly loaded items to "
        "screen readers.",
        C.MODERATE,
        D.WEB,
        ("infinite-scroll", "pagination", "accessibility"),
        Variant(
            C.SIMPLE,
            "Add a 'Load more' button below the product grid",
            "Interim step before infinite scroll: fetch and append the next page from the cursor API on "
            "click, and hide the button when the response has no next cursor.",
        ),
    ),
    Seed(
        "Why does our Next.js 14 dashboard re-render every chart on each keystroke?",
        "Typing in the filter box re-renders all 40 chart widgets and input lag reaches 300 ms. Profile it, "
        "memoize the charts and move the filter state down so only the results table updates.",
        C.MODERATE,
        D.WEB,
        ("react", "memoization", "rendering-performance"),
        Variant(
            C.COMPLEX,
            "Bring interaction latency under 100 ms INP across the whole dashboard app",
            "Field data shows INP above 400 ms on most routes. Move shared state out of the top-level "
            "context, virtualize large tables, split heavy chart bundles, add INP budgets to CI, and "
            "coordinate with the three teams that own widgets.",
        ),
    ),
    Seed(
        "I need someone to write unit tests for the {component} before we refactor it",
        "Coverage is around 20% and nobody trusts changes to this code. Cover the main paths and the known "
        "edge cases with fixtures so the upcoming refactor can be done safely.",
        C.MODERATE,
        D.WEB,
        ("unit-tests", "test-coverage", "refactoring-prep"),
        Variant(
            C.SIMPLE,
            "Add one failing test that reproduces the off-by-one bug in the {component}",
            "Before the fix lands, pin the reported behaviour: the last item of a full batch is silently "
            "skipped. Mark the test as expected to fail and link the issue.",
        ),
    ),
    Seed(
        "Bump axios from 0.27 to 1.6 in the web client",
        "The Dependabot PR fails to compile because the interceptor types changed and AxiosRequestConfig "
        "moved. Fix the three affected call sites and get the build and tests green.",
        C.SIMPLE,
        D.WEB,
        ("dependency-upgrade", "axios", "typescript"),
        Variant(
            C.MODERATE,
            "Replace axios with a typed fetch wrapper across the web client",
            "Drop the dependency entirely: write a small wrapper with timeouts, JSON error parsing and auth "
            "header injection, then migrate the 60 or so call sites and their test mocks.",
        ),
    ),
    Seed(
        "Arreglar el botón de enviar que se queda deshabilitado en el formulario de registro",
        "After a failed submit, the Submit button in SignupForm.tsx stays disabled because isSubmitting is "
        "never reset in the catch block. Reset it in a finally block and add a test for the failure path.",
        C.SIMPLE,
        D.WEB,
        ("forms", "react", "state-bug"),
        Variant(
            C.MODERATE,
            "Rework the signup form submission with proper server error handling",
            "Show field-level errors from the API, retry transient 503s once, prevent double submits, keep "
            "typed values after a failure, and cover the flow with React Testing Library tests.",
        ),
    ),
    Seed(
        "Epic: migrate the storefront from Create React App to Vite and React 18",
        "CRA is unmaintained and production builds take six minutes. Move 400+ modules, the Jest setup, env "
        "variable handling, SVG imports and the service worker, adopt concurrent rendering, and land it "
        "across four squads without a feature freeze.",
        C.COMPLEX,
        D.WEB,
        ("vite", "react-18", "build-tooling", "migration"),
        Variant(
            C.MODERATE,
            "Move the small admin panel from Create React App to Vite",
            "About 50 modules: port the env variables, SVG imports and Jest config to Vite and Vitest, and "
            "check that the production bundle behaves the same as the old one.",
        ),
    ),
    Seed(
        "Hydration mismatch errors all over the app after moving to the Next.js 14 app router",
        "Dozens of pages log hydration warnings and some buttons stop responding until reload. Causes "
        "include locale date formatting, random IDs and browser-only APIs in shared components; fix them "
        "across every route and fail CI on hydration warnings.",
        C.COMPLEX,
        D.WEB,
        ("nextjs", "ssr", "hydration"),
        Variant(
            C.SIMPLE,
            "Fix the hydration warning caused by the timestamp in Footer.tsx",
            "The footer renders new Date().toLocaleString() on both server and client, so the text differs. "
            "Render it on the client only or pass the server timestamp down as a prop.",
        ),
    ),
    Seed(
        "Two people editing the same note silently overwrite each other's changes",
        "The notes editor saves whole documents with last-write-wins. Replace this with Yjs CRDT syncing "
        "over the existing WebSocket server, persist snapshots, handle offline edits and reconnects, and "
        "migrate existing notes to the new format.",
        C.COMPLEX,
        D.WEB,
        ("crdt", "websockets", "real-time-collaboration"),
        Variant(
            C.MODERATE,
            "Reject stale saves in the notes editor and show a merge prompt",
            "Stopgap for lost edits: send the document version with each save, return 409 on the server "
            "when it is stale, and show the user a diff so they can merge before saving again.",
        ),
    ),
    Seed(
        "flaky {component} tests",
        "About one CI run in ten fails with a timeout that never reproduces locally. Find the shared state "
        "or timing dependency behind it, fix the root cause instead of adding retries, and remove the "
        "quarantine tag.",
        C.MODERATE,
        D.WEB,
        ("flaky-tests", "test-isolation", "ci"),
        Variant(
            C.COMPLEX,
            "Get rid of test flakiness across the whole monorepo and keep it out",
            "Around 60 tests in 15 packages fail intermittently and main is red every day. Build flake "
            "detection from CI history, fix root causes package by package with their owners, and add a "
            "quarantine process with deadlines.",
        ),
    ),
    Seed(
        "i18n for checkout (German and French first)",
        "Every string in the checkout is hard-coded English. Extract them with react-i18next, add de and fr "
        "catalogs, format prices and dates with Intl, and keep the snapshot tests passing.",
        C.MODERATE,
        D.WEB,
        ("i18n", "localization", "react"),
        Variant(
            C.COMPLEX,
            "Localize the entire storefront into 12 languages, including right-to-left ones",
            "Covers every page, transactional emails and server-rendered errors: string extraction across "
            "five repos, a translation management workflow, locale routing, RTL layouts for Arabic and "
            "Hebrew, and visual regression tests per locale.",
        ),
    ),
    Seed(
        "How do I make the {component} read its timeout from config instead of a hard-coded value?",
        "There is a literal 30-second timeout buried in the code. Move it into the existing config module "
        "with the same default and add a test showing that an override is respected.",
        C.SIMPLE,
        D.WEB,
        ("configuration", "timeouts", "hard-coded-values"),
        Variant(
            C.MODERATE,
            "Make every timeout and retry limit in the {component} configurable",
            "Seven magic numbers are scattered through the code. Gather them into one typed config object, "
            "validate ranges at startup with clear error messages, document the defaults, and test the "
            "invalid cases.",
        ),
    ),
    Seed(
        "Can you take a look at why the Vue 3 checkout drops the coupon after a page refresh?",
        "The coupon only lives in the Pinia store and is lost on reload. Persist it to sessionStorage, "
        "revalidate it against the API when the page loads, and remove it if it has expired.",
        C.MODERATE,
        D.WEB,
        ("vue", "pinia", "state-persistence"),
        Variant(
            C.SIMPLE,
            "Add the coupon field to the persisted state of the Pinia checkout store",
            "The persistence plugin is already installed; add coupon to its paths option and check that the "
            "code survives a reload.",
        ),
    ),
    # --- Api ---------------------------------------------------------------------------------------------
    Seed(
        "[Bug] GET /v1/invoices/:id returns 500 for unknown IDs",
        "The FastAPI handler calls .one() and the NoResultFound exception bubbles up as an internal error. "
        "Catch it, return 404 with a problem+json body, and add a test for a missing invoice.",
        C.SIMPLE,
        D.API,
        ("error-handling", "http-status-codes", "fastapi"),
        Variant(
            C.MODERATE,
            "Standardize error responses across the invoices API on RFC 7807",
            "Handlers return a mix of plain strings, custom JSON and HTML error pages. Add a global "
            "exception handler, define stable error codes, update the OpenAPI spec, and fix the SDK tests "
            "that parse errors.",
        ),
    ),
    Seed(
        "feat(api): support the Idempotency-Key header on POST /payments",
        "Clients retry on timeouts and we create duplicate charges. Store key, request hash and response in "
        "Redis for 24 hours, replay the stored response for repeats, and return 422 when a key is reused "
        "with a different body.",
        C.MODERATE,
        D.API,
        ("idempotency", "payments", "redis"),
        Variant(
            C.COMPLEX,
            "Guarantee exactly-once payment creation across the API, queue consumers and ledger",
            "Duplicates also appear when the Kafka consumer reprocesses after a rebalance. Add idempotency "
            "end to end with a transactional outbox, dedupe in every consumer, reconcile nightly against "
            "the payment provider, and clean up existing duplicates.",
        ),
    ),
    Seed(
        "Cap the `limit` query param on /search at 100",
        "Clients can pass limit=100000 and the Express handler loads everything into memory. Clamp the "
        "value, return 400 for non-numeric input, and update the OpenAPI description.",
        C.SIMPLE,
        D.API,
        ("input-validation", "pagination", "express"),
        Variant(
            C.MODERATE,
            "Switch /search from offset to cursor-based pagination",
            "Deep offsets take seconds on big result sets. Add opaque cursors that encode the sort key, "
            "keep offset support for one release with a deprecation header, and update the SDKs and "
            "contract tests.",
        ),
    ),
    Seed(
        "Add structured logging with request IDs to the {component}",
        "Logs are free-text lines with no way to correlate them. Switch to JSON logs with a correlation ID "
        "passed through every call path, make log levels consistent, and update the two dashboards that "
        "parse the old format.",
        C.MODERATE,
        D.API,
        ("structured-logging", "observability", "correlation-id"),
        Variant(
            C.SIMPLE,
            "Include the request ID in the error log line of the {component}",
            "When something fails we log the message but not the ID that ties it to the caller. Add it to "
            "that one log statement and to the matching test fixture.",
        ),
    ),
    Seed(
        "How do I add per-API-key rate limiting to our Express gateway?",
        "One partner sends 2,000 requests per second to /quotes. Implement a sliding-window limiter backed "
        "by Redis, return 429 with Retry-After, and read per-key overrides from the admin table.",
        C.MODERATE,
        D.API,
        ("rate-limiting", "redis", "express"),
        Variant(
            C.COMPLEX,
            "Enforce globally consistent rate limits across all gateway replicas and regions",
            "Limits are per pod today, so a key effectively gets 12 times its quota. Build a limiter that "
            "holds across three regions with local token buckets and async reconciliation, degrades safely "
            "when Redis is down, and is proven with load tests.",
        ),
    ),
    Seed(
        "v3.2.0 regression: webhook events delivered twice and out of order under load",
        "Since the worker pool change, subscribers receive the same event two or three times and in the "
        "wrong order. Fix the delivery pipeline to keep per-subscriber ordering and dedupe retries, proven "
        "by a test pushing 10k events through 50 workers.",
        C.COMPLEX,
        D.API,
        ("webhooks", "message-ordering", "concurrency", "regression"),
        Variant(
            C.MODERATE,
            "Stop webhook retries from delivering the same event twice",
            "Ordering can wait. Persist a delivery record per subscriber and event, skip sends that already "
            "succeeded, and cover the retry path with tests.",
        ),
    ),
    Seed(
        "typo in {component} error message",
        "The message reads 'Unathorized: token expried'. Fix the spelling in the message constant and in "
        "the two tests that assert the exact string.",
        C.SIMPLE,
        D.API,
        ("typo", "error-messages"),
        Variant(
            C.MODERATE,
            "Make the error messages of the {component} consistent and translatable",
            "Messages are hard-coded strings spread through the code. Move them to one message catalog with "
            "stable error codes, add German translations, and change the tests to assert codes instead of "
            "text.",
        ),
    ),
    Seed(
        "The {component} swallows exceptions and reports success anyway",
        "A catch-all handler logs at debug level and carries on, so callers think the operation worked. "
        "Narrow the handlers, propagate real failures with meaningful error types, and add a test for each "
        "failure path.",
        C.MODERATE,
        D.API,
        ("error-handling", "exceptions", "silent-failures"),
        Variant(
            C.SIMPLE,
            "Log the swallowed exception in the {component} at error level",
            "Quick fix until the handlers are reworked: the bare catch should at least log the stack trace "
            "at error level and increment the failure counter.",
        ),
    ),
    Seed(
        "Bitte Cursor-Pagination für die GraphQL-Query orders einbauen",
        "The orders query returns every order for a customer, over 20k rows for large accounts. Add "
        "Relay-style connections with first and after arguments, a total count, and DataLoader batching so "
        "line items don't cause N+1 queries.",
        C.MODERATE,
        D.API,
        ("graphql", "pagination", "dataloader"),
        Variant(
            C.SIMPLE,
            "Cap the GraphQL orders query at 500 results for now",
            "Stopgap until proper connections exist: apply a default maximum of 500 in the resolver and add "
            "a warning to the response extensions when the result is truncated.",
        ),
    ),
    Seed(
        "Remove in-process state from the {component} so it can run as several replicas",
        "Sessions, locks and a cache live in memory, so running two copies corrupts data. Move each to a "
        "shared store, make handlers idempotent, add distributed locking where order matters, and prove it "
        "with a multi-instance soak test.",
        C.COMPLEX,
        D.API,
        ("stateless-services", "horizontal-scaling", "distributed-locking"),
        Variant(
            C.MODERATE,
            "Move the in-memory cache of the {component} to the shared cache service",
            "Replace the local map with the shared cache client, keep the same TTLs and key format, and add "
            "tests for cache misses and for the cache service being unavailable.",
        ),
    ),
    Seed(
        "Timestamps from the {component} are missing the UTC offset",
        "Values are written as naive local times, so consumers in other regions read them wrong. Emit ISO "
        "8601 with an explicit offset and add a test that runs under a non-UTC timezone.",
        C.SIMPLE,
        D.API,
        ("timezones", "iso-8601", "datetime"),
        Variant(
            C.MODERATE,
            "Normalize all timestamp handling in the {component} to timezone-aware UTC",
            "Naive and aware times are mixed and some results shift by an hour around DST. Convert at the "
            "boundaries, store and compare in UTC, serialize with offsets everywhere, and fix tests that "
            "depend on the machine's local time.",
        ),
    ),
    Seed(
        "gRPC StreamPrices handler leaks goroutines when clients disconnect",
        "The Go handler keeps sending after the client cancels because it never checks ctx.Done(), and the "
        "goroutine count grows until the pod is OOM-killed. Fix cancellation, drain the producer channel, "
        "and add a goleak test.",
        C.MODERATE,
        D.API,
        ("grpc", "goroutine-leak", "context-cancellation"),
        Variant(
            C.COMPLEX,
            "Fix cancellation handling in every gRPC streaming service",
            "The same pattern likely exists in 14 other streaming handlers owned by three teams. Write a "
            "shared stream helper that enforces context propagation, migrate every handler to it, and add "
            "goleak checks to each service's test suite.",
        ),
    ),
    Seed(
        "Migrate the public REST API from Express 4 to Fastify without breaking clients",
        "About 180 routes with custom auth, validation and error middleware, and partners that depend on "
        "exact response headers. Port incrementally behind a proxy, shadow traffic to compare responses, "
        "and cut over route by route.",
        C.COMPLEX,
        D.API,
        ("fastify", "express", "shadow-traffic", "migration"),
        Variant(
            C.MODERATE,
            "Port the twelve reporting routes to Fastify behind the existing proxy",
            "First slice of the migration: rewrite their middleware as Fastify hooks, compare responses "
            "against the Express version in tests, and switch the proxy only for these paths.",
        ),
    ),
    Seed(
        "refactor: drop the unused `legacy_auth` parameter from create_session() in the {component}",
        "Nothing has passed it since v2.0. Remove it from the signature, the wrappers and the docs example, "
        "and run the full test suite to confirm nothing else relied on it.",
        C.SIMPLE,
        D.API,
        ("dead-code", "cleanup", "function-signature"),
        Variant(
            C.MODERATE,
            "Delete the deprecated v1 session endpoints and all their code paths",
            "Traffic to /v1/sessions has been zero for 60 days. Remove the routes, handlers, serializers "
            "and tests, return 410 Gone pointing to v2, and update the SDKs and the changelog.",
        ),
    ),
    Seed(
        "Could you wire up the Stripe webhook so subscription cancellations reach our database?",
        "Right now cancellations only show up in the Stripe dashboard. Verify the signature, handle "
        "customer.subscription.updated and .deleted, update the subscriptions table idempotently, and add "
        "tests using recorded payloads.",
        C.MODERATE,
        D.API,
        ("stripe", "webhooks", "subscriptions"),
        Variant(
            C.SIMPLE,
            "Handle customer.subscription.deleted in the existing Stripe webhook handler",
            "The endpoint and signature check already exist. Add one case that marks the subscription as "
            "cancelled, plus a test using the fixture payload.",
        ),
    ),
    # --- Systems -----------------------------------------------------------------------------------------
    Seed(
        "Data race in the {component} under heavy concurrency",
        "ThreadSanitizer reports races on shared state and production shows rare corruption under high "
        "contention. Find every unsynchronized access, choose locks or atomics for each, and add a stress "
        "test that runs under TSan in CI.",
        C.COMPLEX,
        D.SYSTEMS,
        ("data-race", "concurrency", "thread-sanitizer"),
        Variant(
            C.SIMPLE,
            "Make the stats counter in the {component} atomic to fix the TSan report",
            "Only one race has been reported so far: a counter incremented from several threads without "
            "synchronization. Switch it to an atomic and add the test to the TSan CI job.",
        ),
    ),
    Seed(
        "segfault in parse_header() on zero-length packets",
        "The C parser reads buf[len - 1] without checking len, so an empty packet crashes the daemon. Add "
        "the bounds check, return EINVAL, and add the packet to the fuzz corpus.",
        C.SIMPLE,
        D.SYSTEMS,
        ("segfault", "bounds-checking", "c"),
        Variant(
            C.MODERATE,
            "Harden the packet parser against malformed input and fuzz it continuously",
            "Beyond the empty-packet crash, the parser trusts length fields everywhere. Add bounds checks "
            "throughout, set up a libFuzzer harness with ASan, and fix what it finds in the first day of "
            "fuzzing.",
        ),
    ),
    Seed(
        "Port the {component} to run on {platform}",
        "The code assumes the old environment's file layout, environment variables and resource limits. "
        "Hide those assumptions behind a small interface, add the new target to the test matrix, and keep "
        "the old target working.",
        C.MODERATE,
        D.SYSTEMS,
        ("portability", "platform-support", "abstraction-layer"),
        Variant(
            C.SIMPLE,
            "Read the data directory of the {component} from an env variable so it can run on {platform}",
            "The path is hard-coded to the old environment and is the only blocker found so far. Read it "
            "from an environment variable that defaults to the current value.",
        ),
    ),
    Seed(
        "clippy warnings after Rust 1.78 upgrade",
        "The new toolchain flags about 30 needless_borrow and manual_range_contains lints, and CI runs "
        "clippy with -D warnings. Fix them properly rather than adding allow attributes.",
        C.SIMPLE,
        D.SYSTEMS,
        ("rust", "clippy", "linting"),
        Variant(
            C.MODERATE,
            "Enable clippy pedantic lints across the workspace and fix the fallout",
            "Turn on clippy::pedantic for all 12 crates, fix or justify each warning with a scoped allow, "
            "and make the check required in CI so the code stays clean.",
        ),
    ),
    Seed(
        "Memory grows about 200 MB per hour in the {component}",
        "A heap profile points at a map of per-connection entries that is never pruned when peers "
        "disconnect uncleanly. Evict stale entries on a timeout, cap the size, and add a soak test that "
        "checks memory stays flat.",
        C.MODERATE,
        D.SYSTEMS,
        ("memory-leak", "heap-profiling", "soak-test"),
        Variant(
            C.COMPLEX,
            "Bound memory usage across every stage of the {component}",
            "Beyond the one leak, several stages buffer without limits and a slow consumer can exhaust "
            "memory. Add backpressure with bounded queues end to end, per-tenant quotas and memory metrics, "
            "and prove it with a long soak test under fault injection.",
        ),
    ),
    Seed(
        "Replace the global mutex in the {component} with finer-grained locking",
        "Every operation serializes on one lock and throughput stops scaling past four cores. Introduce "
        "finer-grained locks with a documented lock order, avoid deadlocks with the background maintenance "
        "task, and prove the gain with benchmarks and stress tests.",
        C.COMPLEX,
        D.SYSTEMS,
        ("lock-contention", "concurrency", "deadlock-avoidance"),
        Variant(
            C.MODERATE,
            "Use a reader-writer lock on the read path of the {component}",
            "Reads vastly outnumber writes. Swap the global mutex for a reader-writer lock, make sure the "
            "background maintenance task still takes the exclusive lock, and benchmark reads on 16 cores.",
        ),
    ),
    Seed(
        "Corriger la fuite de descripteurs de fichiers dans le watcher de logs",
        "The log watcher opens each rotated file but never closes the previous descriptor, and after about "
        "a week it hits the ulimit. Close it on rotation and add a test that counts open file descriptors.",
        C.SIMPLE,
        D.SYSTEMS,
        ("file-descriptors", "resource-leak", "log-rotation"),
        Variant(
            C.MODERATE,
            "Rewrite the log watcher on inotify with correct rotation handling",
            "Polling misses copytruncate rotations and leaks descriptors. Switch to inotify, handle rename, "
            "truncate and delete events, resume from saved offsets after a restart, and add integration "
            "tests for each rotation style.",
        ),
    ),
    Seed(
        "Add a benchmark suite for the {component}",
        "We keep merging changes that quietly slow it down. Write benchmarks for the main operations at "
        "realistic sizes, run them in CI against main, and fail the build on regressions above 10%.",
        C.MODERATE,
        D.SYSTEMS,
        ("benchmarking", "performance-regression", "ci"),
        Variant(
            C.SIMPLE,
            "Add one microbenchmark for the hottest function in the {component}",
            "Profiling points at a single function. Add a benchmark for it with a realistic input size so "
            "the planned optimization can be measured.",
        ),
    ),
    Seed(
        "Is Ordering::Relaxed enough for the shutdown flag in worker.rs?",
        "The worker loop checks RUNNING.load(Relaxed) and main stores false before joining the threads. "
        "Confirm whether that is correct and switch to Acquire/Release if the flag also publishes other "
        "data.",
        C.SIMPLE,
        D.SYSTEMS,
        ("atomics", "memory-ordering", "rust"),
        Variant(
            C.MODERATE,
            "Replace the ad-hoc shutdown flags with one cancellation mechanism for all worker threads",
            "Each of five worker types polls its own atomic flag. Introduce a shared cancellation token, "
            "make blocking calls interruptible, and test that every thread exits within two seconds of "
            "shutdown.",
        ),
    ),
    Seed(
        "Spike: prototype io_uring in the proxy's accept loop",
        "Build a throwaway implementation behind a cargo feature, benchmark connections per second and p99 "
        "latency against the epoll version on kernel 6.1, and post the numbers with the branch.",
        C.MODERATE,
        D.SYSTEMS,
        ("io-uring", "networking", "prototype"),
        Variant(
            C.COMPLEX,
            "Move the proxy's entire I/O layer from epoll to io_uring",
            "Rewrite accept, read, write and timer handling on io_uring with provided buffer rings, keep an "
            "epoll fallback for older kernels, and validate under production-like load with no tail latency "
            "regression.",
        ),
    ),
    Seed(
        "[Bug] Linker errors after enabling LTO on the C++ codebase",
        "With -flto, ODR violations surface in three libraries and some symbols go missing from the final "
        "binary. Resolve the duplicate definitions, fix the visibility attributes, and get LTO builds green "
        "on GCC 13 and Clang 17.",
        C.MODERATE,
        D.SYSTEMS,
        ("lto", "linker-errors", "cpp"),
        Variant(
            C.SIMPLE,
            "Fix the ODR violation in libgeom that breaks the LTO build",
            "Two translation units define an inline Point struct with different layouts. Move it into one "
            "shared header and re-enable LTO for that library.",
        ),
    ),
    Seed(
        "Support reloading configuration in the {component} without dropping in-flight work",
        "Any config change means a restart that interrupts everything in flight. Reload on signal, validate "
        "and swap the config atomically, hand open connections over to a new process for binary upgrades, "
        "and test it all under sustained load.",
        C.COMPLEX,
        D.SYSTEMS,
        ("hot-reload", "zero-downtime", "signal-handling"),
        Variant(
            C.MODERATE,
            "Reload the routing rules of the {component} on SIGHUP",
            "Only the routing rules for now: parse the new file, validate it, swap it in atomically, and "
            "keep the old rules if parsing fails, with tests for both outcomes.",
        ),
    ),
    # --- DataScience -------------------------------------------------------------------------------------
    Seed(
        "Get rid of the deprecation warnings from {framework} after the upgrade",
        "Our code still calls APIs deprecated in the new release, and the warnings bury real errors in the "
        "logs. Replace each deprecated call with its successor and run the tests with warnings treated as "
        "errors.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("deprecation-warnings", "dependency-upgrade"),
        Variant(
            C.MODERATE,
            "Upgrade {framework} by a major version and fix every breaking change",
            "We are two majors behind. Work through the changelog, adapt removed and renamed APIs at every "
            "call site, fix tests that relied on old behaviour, and compare outputs before and after on a "
            "reference workload.",
        ),
    ),
    Seed(
        "pd.merge silently duplicates rows in build_features()",
        "The customers table has duplicate customer_id values, so the left join fans out and row counts "
        "double. Deduplicate before merging and pass validate='many_to_one' so it fails loudly next time.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("pandas", "joins", "data-quality"),
        Variant(
            C.MODERATE,
            "Add data validation checks to every step of the feature-building pipeline",
            "Use pandera schemas for each intermediate DataFrame covering key uniqueness, null rates, value "
            "ranges and row-count changes between steps, and fail the Airflow task with a readable report.",
        ),
    ),
    Seed(
        "Speed up the {component}, a full run takes 3 hours",
        "Profiling shows most of the time in row-by-row loops and repeated reads of the same input. "
        "Vectorize or batch the hot paths, cache the repeated reads, and keep the output identical on the "
        "reference run.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("performance", "profiling", "vectorization"),
        Variant(
            C.COMPLEX,
            "Get the {component} to handle ten times today's volume in the same time window",
            "Volume grows tenfold next year. Rework processing to run in parallel across workers, make it "
            "incremental instead of reprocessing everything, handle partial failures and restarts, and "
            "verify results match the current version.",
        ),
    ),
    Seed(
        "Why does my PyTorch loss go NaN after epoch 3 with mixed precision?",
        "Training with torch.cuda.amp on A100s diverges while fp32 is fine. Find the overflow, probably in "
        "the custom attention softmax, fix it, add gradient clipping, and abort early on non-finite loss.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("pytorch", "mixed-precision", "numerical-stability"),
        Variant(
            C.SIMPLE,
            "Stop training on the first NaN loss and save the offending batch",
            "Fail fast until the root cause is found: check torch.isfinite on the loss every step, log the "
            "batch index and dump that batch to disk.",
        ),
    ),
    Seed(
        "Two runs of the {component} with identical inputs give different results",
        "Differences come from unseeded randomness, unordered iteration, parallel reduction order and "
        "unpinned dependencies. Track down every source of nondeterminism, fix each one, and add a CI job "
        "that runs twice and diffs the outputs.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("reproducibility", "determinism", "random-seeds"),
        Variant(
            C.SIMPLE,
            "Seed the random generator in the {component} from a config value",
            "Read the seed from config with a fixed default and log it at startup so a run can be repeated "
            "exactly.",
        ),
    ),
    Seed(
        "Corrigir o cálculo do F1 no script de avaliação",
        "evaluate.py computes F1 with average='micro' on an imbalanced multi-class problem, so it just "
        "equals accuracy. Switch to macro averaging, report per-class scores, and update the expected "
        "values in the test.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("metrics", "scikit-learn", "model-evaluation"),
        Variant(
            C.MODERATE,
            "Rework the evaluation script to report per-class and per-segment metrics with confidence "
            "intervals",
            "Add macro and per-class F1, calibration curves, bootstrapped confidence intervals and "
            "breakdowns by customer segment, written to a versioned HTML report from evaluate.py.",
        ),
    ),
    Seed(
        "Write the {component} output to the {datastore} incrementally instead of overwriting it",
        "Each run rewrites everything, which is slow and loses history if a run fails halfway. Upsert only "
        "new or changed records keyed by ID and date, make reruns idempotent, and test a crash in the "
        "middle of a write.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("incremental-load", "upserts", "idempotency"),
        Variant(
            C.SIMPLE,
            "Stage the {component} output and swap it into the {datastore} only on success",
            "Small fix so a failed run never leaves half-written results behind: write to a temporary "
            "location first and replace the old data in one step at the end.",
        ),
    ),
    Seed(
        "notebook won't run top-to-bottom",
        "churn_analysis.ipynb relies on cells executed out of order and a variable from a deleted cell. Fix "
        "the ordering, remove the hidden state, and make it pass under jupyter nbconvert --execute in CI.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("jupyter", "notebooks", "reproducibility"),
        Variant(
            C.MODERATE,
            "Turn the churn analysis notebook into a tested Python package",
            "Move the loading, feature and plotting code into modules with unit tests, keep the notebook as "
            "a thin report that imports them, and add a CLI entry point for the scheduled run.",
        ),
    ),
    Seed(
        "Migrate the nightly feature pipeline from single-box pandas to PySpark on Databricks",
        "The data has outgrown the 256 GB machine. Rewrite 40 transformation functions as Spark jobs, "
        "handle skewed joins, keep outputs identical on a validation sample, and run both pipelines side by "
        "side for two weeks before cutover.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("pyspark", "databricks", "pandas", "migration"),
        Variant(
            C.MODERATE,
            "Port the three slowest feature transformations to PySpark",
            "Start with sessionization, rolling aggregates and the user-item join, wrap them so the pandas "
            "pipeline can call them, and compare outputs on a sample.",
        ),
    ),
    Seed(
        "fix: non-ASCII characters break the {component}",
        "Names with accents or emoji get mangled or raise a decode error because the code assumes Latin-1. "
        "Read and write UTF-8 explicitly, normalize strings before comparing, and add test cases with "
        "non-ASCII data.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("unicode", "utf-8", "text-encoding"),
        Variant(
            C.MODERATE,
            "Make the {component} handle text in any language correctly end to end",
            "Beyond the decode errors, sorting, case folding, truncation and length limits all assume "
            "ASCII. Fix each with Unicode-aware operations, respect grapheme clusters when truncating, and "
            "add property-based tests with random multilingual input.",
        ),
    ),
    Seed(
        "feat(ml): serve the churn model behind a small FastAPI endpoint",
        "Load the scikit-learn pipeline from the model registry at startup, validate inputs with Pydantic, "
        "return probabilities with the model version, and add a load test showing p95 under 50 ms.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("model-serving", "fastapi", "scikit-learn"),
        Variant(
            C.COMPLEX,
            "Build online inference for all churn and LTV models with shadow rollouts and drift alerts",
            "Serve four models with versioned rollouts, shadow traffic for new versions, feature parity "
            "with the offline pipeline through the feature store, and alerts on input drift.",
        ),
    ),
    Seed(
        "DDP training hangs at random on the 8-node GPU cluster",
        "About one run in five freezes in an all-reduce. Suspects are uneven batch counts across ranks and "
        "a branch that skips a layer on some ranks. Find and fix the cause and add a watchdog that dumps "
        "stacks on a hang.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("distributed-training", "pytorch-ddp", "deadlock"),
        Variant(
            C.MODERATE,
            "Give every rank the same number of batches in the DDP training loop",
            "One known cause of the hangs is a sampler that hands ranks uneven batch counts. Pad or drop "
            "the final batch consistently, and add a test with four simulated ranks.",
        ),
    ),
    Seed(
        "I'd like a {lang} tool that checks the nightly export against its schema",
        "Exports sometimes arrive with renamed or missing columns and nobody notices for days. Compare each "
        "file with a versioned schema, report added, missing and retyped columns, post a summary to Slack, "
        "and exit non-zero on breaking changes.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("schema-validation", "data-quality", "alerting"),
        Variant(
            C.SIMPLE,
            "Write a quick {lang} script that lists columns missing from yesterday's export",
            "Just compare the header of yesterday's file against the expected column list and print the "
            "difference; alerting comes later.",
        ),
    ),
    # --- Mobile ------------------------------------------------------------------------------------------
    Seed(
        "Crash in the {component} when the network drops mid-request",
        "The error callback dereferences a response object that is null on timeout. Handle the null case, "
        "surface a sensible error, and add a test that simulates the dropped connection.",
        C.SIMPLE,
        D.MOBILE,
        ("crash", "network-errors", "null-check"),
        Variant(
            C.MODERATE,
            "Handle offline and flaky networks gracefully throughout the {component}",
            "Beyond the crash, requests hang for a minute and state is lost on failure. Add timeouts, "
            "backoff retries for idempotent calls, a retry queue for writes, and tests against a "
            "fault-injecting network stub.",
        ),
    ),
    Seed(
        "Android: IllegalStateException on rotation in CheckoutActivity",
        "Fragment not attached: the payment SDK callback fires after the activity has been recreated. Move "
        "the payment state into a ViewModel and observe it with the lifecycle instead of holding a fragment "
        "reference.",
        C.SIMPLE,
        D.MOBILE,
        ("android", "activity-lifecycle", "crash"),
        Variant(
            C.MODERATE,
            "Survive configuration changes and process death across the whole checkout flow",
            "Rotation, theme switches and process death lose the basket and payment state. Move every "
            "checkout screen to ViewModels with SavedStateHandle, restore in-progress payments, and add "
            "instrumentation tests that recreate each activity.",
        ),
    ),
    Seed(
        "[Bug] iOS 17.4: push notifications stop arriving after an app update",
        "After the 4.2 update the app gets a new APNs token but only sends it to the backend on a fresh "
        "install. Send the token whenever it changes, handle denied permissions, and unit-test the "
        "AppDelegate hook.",
        C.MODERATE,
        D.MOBILE,
        ("ios", "push-notifications", "apns"),
        Variant(
            C.SIMPLE,
            "Re-send the APNs device token to the backend whenever it changes",
            "In didRegisterForRemoteNotificationsWithDeviceToken, compare the token with the one stored in "
            "UserDefaults and call the register endpoint when they differ.",
        ),
    ),
    Seed(
        "feat(android): keep message drafts and queue sends while offline",
        "Messages typed without a connection are lost. Save drafts to Room, queue sends with WorkManager, "
        "show a pending indicator, retry when the network returns, and test killing the app mid-send.",
        C.MODERATE,
        D.MOBILE,
        ("offline-first", "workmanager", "room"),
        Variant(
            C.COMPLEX,
            "Offline-first sync for messages, attachments and reactions on Android and iOS",
            "Both apps need a local-first store with conflict resolution against the server, resumable "
            "attachment uploads, ordering guarantees, and one shared sync protocol implemented in Kotlin "
            "and Swift.",
        ),
    ),
    Seed(
        "Dark mode switch resets after app restart",
        "SettingsScreen writes the preference to a local state variable instead of DataStore. Persist it "
        "and read it before the first frame so the app doesn't flash light on launch.",
        C.SIMPLE,
        D.MOBILE,
        ("jetpack-compose", "datastore", "theming"),
        Variant(
            C.MODERATE,
            "Support system, light and dark themes across the Compose app",
            "Add a three-way theme setting that follows the system by default, replace hard-coded colours "
            "in 25 screens with MaterialTheme tokens, and add screenshot tests for both themes.",
        ),
    ),
    Seed(
        "refactor(ios): move networking from completion handlers to async/await",
        "About 120 API calls use nested callbacks with inconsistent error handling and occasional UI "
        "updates off the main thread. Move to Swift concurrency with actors for shared state, keep callback "
        "wrappers during the transition, and enable strict concurrency checking.",
        C.COMPLEX,
        D.MOBILE,
        ("swift-concurrency", "async-await", "ios"),
        Variant(
            C.MODERATE,
            "Convert the profile module's API calls to async/await",
            "Pilot on one module of ten endpoints: add async versions, update the view models to use Task "
            "and MainActor, and keep the callback versions until the other modules move.",
        ),
    ),
    Seed(
        "Users lose data on upgrade because the {datastore} migration fails",
        "The new version renames two fields without a migration step, so upgrades fail and the app falls "
        "back to an empty store. Write the migration, keep the existing data, and test upgrading from each "
        "of the last three versions.",
        C.MODERATE,
        D.MOBILE,
        ("data-migration", "upgrade-path", "data-loss"),
        Variant(
            C.COMPLEX,
            "Guarantee safe upgrades of the {datastore} from any previously shipped version",
            "Field data shows users skipping many releases. Build a chained, tested migration path from "
            "every shipped schema, back up before migrating, recover from partial failures, and run upgrade "
            "tests for all versions in CI.",
        ),
    ),
    Seed(
        "How do I stop the keyboard from covering the password field on the Flutter login screen?",
        "On small Android phones the password field sits under the soft keyboard. Wrap the form in a scroll "
        "view and use the view insets so the focused field scrolls into view.",
        C.SIMPLE,
        D.MOBILE,
        ("flutter", "keyboard-insets", "layout"),
        Variant(
            C.MODERATE,
            "Fix keyboard and safe-area handling on every Flutter form screen",
            "Eight forms have fields hidden by the keyboard, notches or the home indicator. Build a shared "
            "form scaffold that handles insets and focus traversal, migrate each form, and add golden tests "
            "on small and large devices.",
        ),
    ),
    Seed(
        "Could someone profile why the {component} takes 4 seconds to cold start?",
        "Startup does synchronous disk reads, initializes every dependency eagerly and blocks on a network "
        "call. Defer non-critical setup, make the network call asynchronous, and measure before and after "
        "on the slowest supported hardware.",
        C.MODERATE,
        D.MOBILE,
        ("startup-time", "lazy-initialization", "profiling"),
        Variant(
            C.COMPLEX,
            "Cut cold start of the {component} by 70% and keep it there",
            "Needs restructured dependency initialization, data precomputed at build time, code split into "
            "lazily loaded modules, and automated startup benchmarks with regression alerts.",
        ),
    ),
    Seed(
        "Android 14 regression: crash rate jumped to 2% after the targetSdk 34 bump",
        "Crashlytics shows ForegroundServiceStartNotAllowedException, implicit intent crashes and "
        "exact-alarm denials in several modules. Fix each behaviour change across the app and two in-house "
        "SDKs, and test on Android 11 through 14.",
        C.COMPLEX,
        D.MOBILE,
        ("android-14", "target-sdk", "crash-rate"),
        Variant(
            C.SIMPLE,
            "Declare the foreground service type for the download service on Android 14",
            "Add foregroundServiceType dataSync to the manifest entry and pass the type to startForeground "
            "so the service stops crashing.",
        ),
    ),
    Seed(
        "Rename UserMgr to UserRepository in the {component}",
        "Pure rename to match our naming conventions: update references, tests and the dependency injection "
        "wiring, with no behaviour change.",
        C.SIMPLE,
        D.MOBILE,
        ("rename", "naming-conventions"),
        Variant(
            C.MODERATE,
            "Split the UserMgr god class in the {component} into repository, cache and validator",
            "It is 2,000 lines mixing persistence, caching and validation. Extract the three "
            "responsibilities behind interfaces, keep callers working through a thin facade, and move the "
            "tests along.",
        ),
    ),
    Seed(
        "Deep links from emails open the home screen instead of the order",
        "In the React Native app, universal links and App Links land on home because the router drops the "
        "path on cold start. Queue the link until navigation is ready, handle the login redirect, and test "
        "cold and warm starts.",
        C.MODERATE,
        D.MOBILE,
        ("deep-linking", "navigation", "react-native"),
        Variant(
            C.SIMPLE,
            "Fix the order ID pattern in the deep link router",
            "Order IDs gained a letter prefix in March and the pattern still only matches digits. Update it "
            "and add test cases for both formats.",
        ),
    ),
    # --- DevOps ------------------------------------------------------------------------------------------
    Seed(
        "chore(ci): cache npm and Playwright browsers in GitHub Actions",
        "Every run downloads about 400 MB and the test job takes 11 minutes. Add actions/cache keyed on the "
        "lockfile hash for the npm cache and the Playwright browser directory.",
        C.SIMPLE,
        D.DEVOPS,
        ("github-actions", "caching", "ci-speed"),
        Variant(
            C.MODERATE,
            "Get the CI pipeline for the web repo under five minutes",
            "Shard the Playwright suite across four runners, cache dependencies and build outputs, skip "
            "jobs for untouched packages with path filters, and report timing per job.",
        ),
    ),
    Seed(
        "build: Go service image is 1.8 GB, switch to a multi-stage Dockerfile",
        "The image still ships the full toolchain. Build in golang:1.22 and copy the static binary into a "
        "distroless base, keeping CA certificates and timezone data.",
        C.SIMPLE,
        D.DEVOPS,
        ("docker", "multi-stage-build", "image-size"),
        Variant(
            C.MODERATE,
            "Move the Dockerfiles of all eight services onto one shared multi-stage template",
            "Each service has its own ad-hoc Dockerfile. Create the shared template, migrate every service, "
            "add layer caching in CI, and fail the build when an image exceeds 150 MB.",
        ),
    ),
    Seed(
        "terraform plan wants to replace the RDS instance after the AWS provider 5.x upgrade",
        "The provider upgrade changed how the parameter group is referenced and plan shows destroy and "
        "create. Add moved blocks and state changes so plan is clean, and write the steps into the PR "
        "description.",
        C.MODERATE,
        D.DEVOPS,
        ("terraform", "aws-provider", "state-migration"),
        Variant(
            C.COMPLEX,
            "Upgrade the AWS provider to 5.x across all 60 Terraform workspaces",
            "Workspaces have drift and different module versions. Script the upgrade, handle the breaking "
            "changes in shared modules, roll out environment by environment, and make sure no plan destroys "
            "a stateful resource.",
        ),
    ),
    Seed(
        "The {component} is 3,000 lines of copy-paste, please refactor it",
        "The same logic is duplicated with small differences in several places and fixes keep landing in "
        "only one of them. Write tests first, extract shared functions, parameterize the differences, and "
        "keep behaviour identical.",
        C.MODERATE,
        D.DEVOPS,
        ("refactoring", "code-duplication", "maintainability"),
        Variant(
            C.SIMPLE,
            "Extract the duplicated retry block in the {component} into one helper",
            "The same retry-and-sleep code appears four times. Move it into a single function with "
            "identical behaviour and call it from each place.",
        ),
    ),
    Seed(
        "Move all 30 services from hand-written Kubernetes YAML to Helm charts",
        "Manifests have drifted apart across dev, staging and prod. Build a library chart, convert each "
        "service, diff rendered output against live objects to avoid surprises, and roll out per "
        "environment without downtime.",
        C.COMPLEX,
        D.DEVOPS,
        ("helm", "kubernetes", "manifests", "migration"),
        Variant(
            C.MODERATE,
            "Convert the billing service's Kubernetes manifests into a Helm chart",
            "Pilot service: template the deployment, service, ingress and HPA, add values files per "
            "environment, and check that helm template output matches the live objects.",
        ),
    ),
    Seed(
        "Why does `terraform fmt -check` fail in CI but pass on my laptop?",
        "CI pins Terraform 1.5 while the laptop has 1.7, which formats some expressions differently. Pin "
        "one version in .terraform-version and in the workflow, then reformat the files.",
        C.SIMPLE,
        D.DEVOPS,
        ("terraform", "version-pinning", "ci"),
        Variant(
            C.COMPLEX,
            "Pin and auto-update developer tool versions across every repository in the org",
            "Around 200 repos use different Terraform, Helm, kubectl and Go versions. Add a shared "
            "tool-versions file read by a reusable CI workflow and the local setup, roll it out with "
            "codemods, and let Renovate bump versions in grouped weekly PRs.",
        ),
    ),
    Seed(
        "Deploy workflow sometimes ships an older commit over a newer one",
        "Two merges close together race: the slower workflow finishes last and overwrites the newer "
        "deployment. Add a concurrency group, deploy by immutable image digest, and refuse to deploy a "
        "commit older than the one running.",
        C.MODERATE,
        D.DEVOPS,
        ("github-actions", "race-condition", "deployments"),
        Variant(
            C.SIMPLE,
            "Add a concurrency group to the production deploy workflow",
            "Put all production deploys in a single concurrency group with cancel-in-progress turned off so "
            "two deploys never overlap.",
        ),
    ),
    Seed(
        "Epic: bring ~300 hand-created AWS resources under Terraform",
        "Resources across four accounts were created in the console. Import them into Terraform modules, "
        "reconcile drift, split state by team, set up plan on PR and apply on merge, and do it without "
        "replacing anything.",
        C.COMPLEX,
        D.DEVOPS,
        ("terraform", "infrastructure-as-code", "terraform-import"),
        Variant(
            C.MODERATE,
            "Import the staging account's networking resources into Terraform",
            "VPCs, subnets, route tables and security groups only: write the modules, use import blocks, "
            "and iterate until plan shows no changes.",
        ),
    ),
    Seed(
        "Backport the crash fix in the {component} to the 2.x release branch",
        "The fix landed on main as a single commit, but customers on 2.x still hit the crash. Cherry-pick "
        "it, resolve conflicts with the older code, run the 2.x test suite, and prepare a patch release.",
        C.SIMPLE,
        D.DEVOPS,
        ("backport", "cherry-pick", "patch-release"),
        Variant(
            C.MODERATE,
            "Set up automated backports for the {component} to all supported release branches",
            "Add a label-driven bot that opens cherry-pick PRs against each supported branch, reports "
            "conflicts to the author, and runs that branch's CI before anyone reviews.",
        ),
    ),
    Seed(
        "Write integration tests for the {component} against real dependencies",
        "Only mock-based unit tests exist and last month's outage slipped straight through them. Run the "
        "real dependencies in containers, cover the happy path and the main failure modes, and run the "
        "suite on every merge.",
        C.MODERATE,
        D.DEVOPS,
        ("integration-tests", "testcontainers", "test-coverage"),
        Variant(
            C.COMPLEX,
            "Build a shared integration test environment covering the {component} and every service it "
            "talks to",
            "Five teams own the neighbouring services and each mocks the others differently. Provide an "
            "ephemeral environment per pull request with seeded data, add contract tests between the teams, "
            "and make it fast enough to gate merges.",
        ),
    ),
    Seed(
        "Add a --dry-run flag to the {component}",
        "People avoid running it because it changes things immediately. Add a flag that prints every action "
        "it would take without doing it, and a test asserting nothing is modified in dry-run mode.",
        C.SIMPLE,
        D.DEVOPS,
        ("dry-run", "cli-flags", "safe-operations"),
        Variant(
            C.MODERATE,
            "Make the {component} safe to re-run after a partial failure",
            "If it dies halfway, a second run duplicates or skips work. Record progress, make each step "
            "idempotent, and add tests that kill it at several points and then re-run it.",
        ),
    ),
    Seed(
        "Pods OOMKilled during rolling updates, dropping requests",
        "During rollouts new pods warm their caches while old ones drain, node memory spikes and the "
        "kubelet kills pods across services. Add graceful shutdown and preStop hooks in the services, fix "
        "readiness probes, tune requests and limits, and verify under load during a rollout.",
        C.COMPLEX,
        D.DEVOPS,
        ("kubernetes", "oomkilled", "graceful-shutdown", "rolling-updates"),
        Variant(
            C.MODERATE,
            "Add graceful shutdown and a preStop hook to the API deployment",
            "On SIGTERM the service should fail readiness, drain in-flight requests for up to 20 seconds "
            "and then exit; add the preStop sleep to the deployment template and test it.",
        ),
    ),
    # --- Database ----------------------------------------------------------------------------------------
    Seed(
        "Add index on orders(customer_id, created_at)",
        "The order history query does a sequential scan over 40M rows on Postgres 15. Add the composite "
        "index concurrently in a migration and confirm with EXPLAIN that the plan uses it.",
        C.SIMPLE,
        D.DATABASE,
        ("postgres", "indexing", "query-performance"),
        Variant(
            C.MODERATE,
            "Fix the five slowest queries in pg_stat_statements",
            "Analyze each plan, add or rewrite indexes, rewrite the two ORM queries that load whole tables, "
            "and record before and after timings in the PR.",
        ),
    ),
    Seed(
        "Write the migration splitting users.name into first_name and last_name",
        "Add the new columns, backfill in batches of 10k to avoid long locks, dual-write from the Rails app "
        "during the transition, and drop the old column in a follow-up release.",
        C.MODERATE,
        D.DATABASE,
        ("schema-migration", "backfill", "rails"),
        Variant(
            C.SIMPLE,
            "Add nullable first_name and last_name columns to users",
            "Only the additive migration for now, with no backfill or application changes, so it can ship "
            "in today's release.",
        ),
    ),
    Seed(
        "Online migration of the 2 TB events table to native Postgres partitioning",
        "The table has no partitions and autovacuum can no longer keep up. Create monthly partitions, copy "
        "data in batches while dual-writing, swap tables with minimal locking, and keep the application "
        "running throughout.",
        C.COMPLEX,
        D.DATABASE,
        ("partitioning", "online-migration", "postgres"),
        Variant(
            C.MODERATE,
            "Create the new audit_events table partitioned by month",
            "The table is new and nearly empty, so partition it from the start, add a scheduled job that "
            "creates next month's partition, and update the insert code.",
        ),
    ),
    Seed(
        "Why does this query return duplicate posts after the LEFT JOIN on tags?",
        "Posts with several tags come back once per tag. Rewrite it with EXISTS or aggregate the tags with "
        "array_agg so each post appears once, and add a test with a multi-tag post.",
        C.SIMPLE,
        D.DATABASE,
        ("sql", "joins", "duplicate-rows"),
        Variant(
            C.MODERATE,
            "Rewrite the post search query to support tag filters, sorting and keyset pagination",
            "Combine full-text search, multiple tag filters with AND semantics, keyset pagination and "
            "stable sorting in one query, with matching indexes and tests for each filter combination.",
        ),
    ),
    Seed(
        "Concurrent writers occasionally lose updates in the {datastore}",
        "Two processes read, modify and write back the same record without coordination, so a few updates a "
        "day silently disappear. Reproduce it in a test first, then add optimistic versioning or locking "
        "and retry on conflict.",
        C.MODERATE,
        D.DATABASE,
        ("lost-update", "concurrency", "optimistic-locking"),
        Variant(
            C.COMPLEX,
            "Make every write path to the {datastore} safe under concurrency",
            "Lost updates show up in several services that share it. Inventory all writers, introduce a "
            "common versioned write API, migrate each service to it, and add a concurrency test harness "
            "that runs in CI.",
        ),
    ),
    Seed(
        "perf: N+1 queries on the Django /admin/users page",
        "The template touches user.profile and user.groups for each row, which is 201 queries for 100 "
        "users. Add select_related and prefetch_related and an assertNumQueries test.",
        C.SIMPLE,
        D.DATABASE,
        ("django-orm", "n-plus-one", "query-count"),
        Variant(
            C.MODERATE,
            "Eliminate N+1 queries across the Django admin and API views",
            "Turn on N+1 detection in the test suite, fix every flagged view with select_related, "
            "prefetching or annotations, and add query-count assertions for the 20 busiest endpoints.",
        ),
    ),
    Seed(
        "IDs in the {datastore} will overflow 32-bit integers within weeks",
        "The sequence is at 2.05 billion and grows by five million a day. Switch the key and every column "
        "referencing it to 64-bit, fix code that keeps it in 32-bit variables, and add a test with IDs "
        "above the limit.",
        C.MODERATE,
        D.DATABASE,
        ("integer-overflow", "bigint", "primary-keys"),
        Variant(
            C.COMPLEX,
            "Widen every 32-bit identifier in the {datastore} and its consumers without downtime",
            "Dozens of tables, services and client apps assume 32-bit IDs. Migrate online with shadow "
            "columns and backfill, update every consumer and serialization format, and coordinate the "
            "cutover across teams.",
        ),
    ),
    Seed(
        "Build the tool that moves a large tenant to its own Postgres shard while it stays online",
        "Copy a tenant's rows across 80 tables to another cluster, use logical replication to catch up, "
        "freeze writes briefly for cutover, verify with checksums, and keep a rollback path.",
        C.COMPLEX,
        D.DATABASE,
        ("sharding", "tenant-migration", "logical-replication"),
        Variant(
            C.MODERATE,
            "Write a script that copies one small tenant to another database and verifies row counts",
            "Offline version for small tenants: export the tenant's rows table by table in dependency "
            "order, import them into the target, and compare counts and checksums per table.",
        ),
    ),
    Seed(
        "Write a {lang} function that returns the next business day, skipping holidays",
        "Holidays come from the existing holiday list. Handle weekends and runs of consecutive holidays, "
        "and include tests around month and year boundaries.",
        C.SIMPLE,
        D.DATABASE,
        ("date-handling", "business-days", "utility-function"),
        Variant(
            C.MODERATE,
            "Write a {lang} module for business-day arithmetic with regional holiday calendars",
            "Support adding and subtracting business days, several regions with their own holiday lists, "
            "half-days and time zones, with property-based tests.",
        ),
    ),
    Seed(
        "Port the sp_calculate_invoice stored procedure to C# with characterization tests",
        "It is 900 lines of T-SQL with no tests and one person who understands it. Write characterization "
        "tests comparing both versions on last quarter's data, port the logic into the billing service, and "
        "switch over.",
        C.MODERATE,
        D.DATABASE,
        ("stored-procedures", "t-sql", "characterization-tests"),
        Variant(
            C.COMPLEX,
            "Move all business logic out of SQL Server stored procedures into the services",
            "About 140 procedures across billing, inventory and reporting, some calling each other. Order "
            "the work by dependency, port each with characterization tests, run both paths in parallel with "
            "output comparison, and retire procedures team by team.",
        ),
    ),
    Seed(
        "The {component} fails on a fresh install but works on upgraded ones",
        "It depends on something a later step creates, which only existed by accident on older setups. Fix "
        "the ordering or add a guard so a clean install succeeds, and add a CI job that installs from "
        "scratch.",
        C.SIMPLE,
        D.DATABASE,
        ("fresh-install", "ordering-bug", "ci"),
        Variant(
            C.MODERATE,
            "Squash years of accumulated steps in the {component} into a clean baseline",
            "Setting up from scratch takes eight minutes and several old steps are broken. Generate a "
            "baseline from the current state, keep the upgrade path for existing installs, and verify both "
            "end up identical with a diff in CI.",
        ),
    ),
    Seed(
        "Can we get the product autocomplete query under 50 ms?",
        "The ILIKE query with a leading wildcard on the 5M-row products table takes 800 ms. Add a pg_trgm "
        "GIN index, rewrite the query to rank prefix matches first, and measure p95 before and after.",
        C.MODERATE,
        D.DATABASE,
        ("postgres", "trigram-index", "autocomplete"),
        Variant(
            C.SIMPLE,
            "Add a pg_trgm GIN index on products.name",
            "Just the migration: enable the extension and create the index concurrently; query changes come "
            "in a later PR.",
        ),
    ),
    Seed(
        "Duplicate primary keys after failing over to the MySQL replica",
        "After the last failover, inserts collided because auto-increment state lagged and some writes from "
        "the old primary were never replicated. Make ID generation failover-safe, reconcile the conflicting "
        "rows, and add a failover drill to the test environment.",
        C.COMPLEX,
        D.DATABASE,
        ("failover", "replication", "primary-keys"),
        Variant(
            C.MODERATE,
            "Switch order IDs from auto-increment to application-generated UUIDv7",
            "Generate IDs in the service, add the new column with a backfill, update the foreign keys in "
            "the three dependent tables, and keep the old integer IDs readable for reports.",
        ),
    ),
    # --- Security ----------------------------------------------------------------------------------------
    Seed(
        "Implement TOTP two-factor login for admin accounts",
        "Use pyotp for enrollment with a QR code, accept codes within one time step, store secrets "
        "encrypted, generate ten one-time recovery codes, and test every path.",
        C.MODERATE,
        D.SECURITY,
        ("totp", "two-factor-auth", "authentication"),
        Variant(
            C.COMPLEX,
            "Roll out mandatory 2FA with passkeys and TOTP for all users on web and mobile",
            "Support WebAuthn passkeys and TOTP, recovery flows, step-up authentication for sensitive "
            "actions, enforcement by org policy, and a phased migration that doesn't lock existing users "
            "out.",
        ),
    ),
    Seed(
        "Read the API secret in the {component} from the environment instead of source",
        "A credential is committed in the code. Load it at startup from the environment or the existing "
        "secrets provider, fail clearly if it is missing, and remove it from the file; rotation is tracked "
        "separately.",
        C.SIMPLE,
        D.SECURITY,
        ("secrets-management", "hard-coded-credentials", "configuration"),
        Variant(
            C.MODERATE,
            "Fetch every credential in the {component} from the secrets manager with rotation support",
            "Replace environment-variable secrets with runtime lookups, cache them briefly, pick up rotated "
            "values without a restart, and add tests for expired and missing secrets.",
        ),
    ),
    Seed(
        "Add audit logging for every write in the {component}",
        "Compliance needs a record of who changed what. Emit an append-only event for each create, update "
        "and delete with actor, timestamp and before and after values, and add a test that fails if a write "
        "path skips it.",
        C.MODERATE,
        D.SECURITY,
        ("audit-logging", "compliance", "change-tracking"),
        Variant(
            C.SIMPLE,
            "Record the acting user ID on deletes in the {component}",
            "The one gap compliance found: deletions don't say who did them. Add the actor ID to the "
            "existing delete log entry and cover it with a test.",
        ),
    ),
    Seed(
        "chore(auth): raise the bcrypt cost factor from 8 to 12",
        "Change the work factor in auth/hash.go and rehash the password on the next successful login "
        "whenever the stored hash still uses the old cost; add a test for the upgrade path.",
        C.SIMPLE,
        D.SECURITY,
        ("bcrypt", "password-hashing", "go"),
        Variant(
            C.MODERATE,
            "Migrate password hashing from bcrypt to Argon2id with transparent rehash",
            "Accept both formats during the transition, upgrade on successful login, choose parameters "
            "benchmarked on production hardware, and cover legacy and new hashes with tests.",
        ),
    ),
    Seed(
        "SSO via SAML and OIDC for enterprise tenants",
        "Each enterprise tenant brings its own identity provider. Support SP-initiated SAML and OIDC flows, "
        "just-in-time provisioning, SCIM deprovisioning, per-tenant certificate rotation, and tests against "
        "Okta and Entra ID sandboxes.",
        C.COMPLEX,
        D.SECURITY,
        ("sso", "saml", "oidc", "multi-tenancy"),
        Variant(
            C.MODERATE,
            "Add 'Sign in with Google' to the web app",
            "Authorization code flow with PKCE, link to existing accounts by verified email, and tests "
            "against a mocked provider.",
        ),
    ),
    Seed(
        "How do I verify GitHub's webhook signature in our Go handler?",
        "The handler trusts every POST it receives. Compute HMAC-SHA256 over the raw body with the shared "
        "secret, compare it to X-Hub-Signature-256 in constant time, and reject mismatches with 401.",
        C.SIMPLE,
        D.SECURITY,
        ("hmac", "webhooks", "signature-verification"),
        Variant(
            C.MODERATE,
            "Build shared signature verification middleware for all inbound webhooks",
            "GitHub, Stripe and Slack sign requests differently. Write middleware with per-provider "
            "verifiers, a timestamp tolerance against replays, two active secrets for rotation, and tests "
            "for each provider.",
        ),
    ),
    Seed(
        "Sessions survive a password change",
        "After a password reset, sessions on the user's other devices stay valid. Add a per-user token "
        "version checked by the auth middleware, bump it on password change and on log-out-everywhere, and "
        "test with two concurrent sessions.",
        C.MODERATE,
        D.SECURITY,
        ("session-management", "token-revocation", "authentication"),
        Variant(
            C.COMPLEX,
            "Centralize session revocation across all services and the mobile apps",
            "Services validate JWTs locally, so a revocation never reaches them. Move to short-lived access "
            "tokens with rotating refresh tokens, distribute a revocation list over pub/sub, detect refresh "
            "token reuse, and update the web, iOS and Android clients.",
        ),
    ),
    Seed(
        "Encrypt PII columns at rest with per-tenant KMS keys",
        "Email, phone and address in 12 tables must be encrypted with a key per tenant from AWS KMS. "
        "Implement envelope encryption in the data layer, blind indexes for lookups, an online backfill of "
        "existing rows, and key rotation.",
        C.COMPLEX,
        D.SECURITY,
        ("encryption", "kms", "pii", "envelope-encryption"),
        Variant(
            C.MODERATE,
            "Encrypt the phone_number column with the tenant's KMS data key",
            "First step on one column of one table: encrypt on write and decrypt on read in the repository "
            "class, backfill existing rows in batches, and add tests.",
        ),
    ),
)
