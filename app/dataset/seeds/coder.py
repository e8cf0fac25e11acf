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
    # --- Issue-tracker style titles (second batch) ----------------------------------------------------
    Seed(
        "[UI] Dates show one day early for users west of UTC",
        "Plain dates are parsed as UTC midnight all over the booking app, so the date picker, invoices, "
        "reports and CSV exports show the previous day in the Americas. Introduce a plain-date type, fix "
        "API serialization, migrate every call site and run the test suite under several time zones.",
        C.COMPLEX,
        D.WEB,
        ("timezones", "date-handling", "off-by-one"),
        Variant(
            C.SIMPLE,
            "Date picker preselects yesterday for users in US time zones",
            "DatePicker.tsx parses the 'YYYY-MM-DD' value with new Date(), which is UTC midnight. Parse it "
            "as a local date instead and add a test with a mocked America/New_York zone.",
        ),
    ),
    Seed(
        "Tracking issue: dark theme for the web dashboard",
        "Users keep asking for it. Replace around 200 hard-coded colors in 90 components with CSS custom "
        "properties, add a theme toggle that follows the system setting and is saved per user, fix chart "
        "and third-party widget contrast, and add visual regression snapshots for both themes.",
        C.COMPLEX,
        D.WEB,
        ("dark-mode", "theming", "css-variables"),
        Variant(
            C.SIMPLE,
            "Move the dashboard header's hard-coded colors to CSS variables",
            "First small step toward theming: replace the six hex colors in Header.module.css with "
            "variables defined in the root stylesheet, with no visual change.",
        ),
    ),
    Seed(
        "Accessibility audit: modal dialogs don't trap focus",
        "The audit found that Tab escapes the five modals to the page behind and focus is lost on close. "
        "Write a shared focus-trap hook, return focus to the trigger, close on Escape, and add axe and "
        "keyboard tests.",
        C.MODERATE,
        D.WEB,
        ("accessibility", "focus-management", "modals"),
        Variant(
            C.SIMPLE,
            "Close the settings modal when Escape is pressed",
            "One item from the accessibility audit: add a keydown listener for Escape to SettingsModal and "
            "a test that it calls onClose.",
        ),
    ),
    Seed(
        "Address review comments on the {component} refactor PR",
        "Reviewers asked to rename two helpers, extract the duplicated validation into a pure function, "
        "and add a test for the empty-input case before the PR can be merged.",
        C.SIMPLE,
        D.WEB,
        ("code-review", "refactoring", "pull-request"),
        Variant(
            C.MODERATE,
            "Rework the {component} refactor PR after review rejected its shared global state",
            "Reviewers want the new module-level singleton gone. Pass dependencies explicitly instead, "
            "update the call sites and tests that relied on the global, and split the PR into reviewable "
            "commits.",
        ),
    ),
    Seed(
        "CSP violations break the checkout page after enabling strict-dynamic",
        "The new Content-Security-Policy blocks inline event handlers and an injected analytics snippet, "
        "so the pay button does nothing. Move the handlers into the bundle, add per-request nonces in the "
        "server render, and add an end-to-end test that fails on CSP reports.",
        C.MODERATE,
        D.WEB,
        ("content-security-policy", "inline-scripts", "checkout"),
        Variant(
            C.SIMPLE,
            "Move the inline onclick handler in checkout.html into the bundled script",
            "The only CSP violation left on the page: replace the onclick attribute on the pay button with "
            "an addEventListener call in checkout.ts.",
        ),
    ),
    Seed(
        "v5.2 regression: main bundle grew by 400 KB",
        "Since 5.2 all of lodash and every moment.js locale land in the main chunk. Switch to per-method "
        "imports, drop unused locales, lazy-load the chart library, and add a size-limit check to CI so it "
        "cannot happen again.",
        C.MODERATE,
        D.WEB,
        ("bundle-size", "code-splitting", "regression"),
        Variant(
            C.SIMPLE,
            "Import debounce directly instead of all of lodash in SearchBox",
            "SearchBox.tsx pulls in the full lodash package for a single function. Change it to the "
            "per-method import and confirm the chunk shrinks.",
        ),
    ),
    Seed(
        "Safari: sticky table header jumps while scrolling",
        "position: sticky is set on the thead inside an overflow container, which WebKit handles "
        "differently. Move the sticky rule to the th cells and add a Playwright WebKit screenshot test.",
        C.SIMPLE,
        D.WEB,
        ("safari", "css", "sticky-header"),
        Variant(
            C.MODERATE,
            "Rebuild the data table header to stay sticky with horizontal scroll and resizable columns",
            "The table needs a header that stays pinned in every browser while scrolling both ways, keeps "
            "column widths in sync after resizing, and is covered by visual tests in Chromium, Firefox and "
            "WebKit.",
        ),
    ),
    Seed(
        "Cleanup: enable the strict lint rules in the {component} and fix every warning",
        "The code is excluded from the stricter lint profile and has about 300 warnings: unused variables, "
        "shadowed names, missing return types and ignored errors. Fix them without behaviour changes and "
        "remove the exclusion.",
        C.MODERATE,
        D.WEB,
        ("linting", "cleanup", "code-quality"),
        Variant(
            C.SIMPLE,
            "Cleanup: remove commented-out code from the {component}",
            "Around 40 blocks of commented-out code and stale TODOs clutter the files. Delete them; git "
            "history keeps the old versions and no behaviour should change.",
        ),
    ),
    Seed(
        "Support JSON Merge Patch on PATCH /users/:id",
        "PATCH currently behaves like PUT and wipes fields the client leaves out. Accept "
        "application/merge-patch+json, treat null as removal, validate the merged result against the "
        "schema, and update the OpenAPI spec and tests.",
        C.MODERATE,
        D.API,
        ("json-merge-patch", "http-methods", "rest-api"),
        Variant(
            C.SIMPLE,
            "Return 415 for unsupported content types on PATCH /users/:id",
            "Sending form-encoded data gives a confusing 500. Check the Content-Type header up front and "
            "return 415 with the list of accepted types.",
        ),
    ),
    Seed(
        "Generated TypeScript client throws on null middle_name",
        "The OpenAPI spec declares middle_name as a plain string but the server returns null for many "
        "users, so the generated SDK fails to decode. Mark it nullable, regenerate the client, and add a "
        "contract test.",
        C.SIMPLE,
        D.API,
        ("openapi", "sdk-generation", "nullable-fields"),
        Variant(
            C.MODERATE,
            "Generate the OpenAPI spec from the handler code and fail CI on drift",
            "The hand-maintained spec keeps diverging from the real responses. Generate it from the route "
            "and schema definitions, regenerate the SDKs in the build, and add a CI step that fails when "
            "the committed spec is out of date.",
        ),
    ),
    Seed(
        "Tracking issue: API v2 with consistent resource naming",
        "v1 mixes singular and plural paths, camelCase and snake_case fields, and three pagination styles. "
        "Implement v2 for all 45 endpoints with one convention, serve v1 through an adapter over the same "
        "handlers, add deprecation headers, and regenerate the Python, Go and TypeScript SDKs.",
        C.COMPLEX,
        D.API,
        ("api-versioning", "naming-conventions", "sdk"),
        Variant(
            C.MODERATE,
            "Add v2 of the /orders endpoints following the new naming guide",
            "Only the orders resource for now: plural paths, snake_case fields and the shared cursor "
            "envelope, with v1 untouched and contract tests for both versions.",
        ),
    ),
    Seed(
        "Stale reads from the {datastore} for minutes after an update",
        "Readers keep a cached copy and writes never invalidate it, so clients see old values until the "
        "cache expires. Invalidate or version the cached entries on every write path and add a test "
        "proving that a read after a write returns the new value.",
        C.MODERATE,
        D.API,
        ("cache-invalidation", "stale-data", "consistency"),
        Variant(
            C.SIMPLE,
            "Shorten the cache lifetime for reads from the {datastore} to 30 seconds",
            "Stopgap until invalidation lands: change the cache expiry constant from five minutes to "
            "thirty seconds and update the test that asserts it.",
        ),
    ),
    Seed(
        "Proposal: let webhook subscriptions filter by event type",
        "Subscribers receive every event and discard most of them, which wastes delivery capacity. Add an "
        "event_types list to subscriptions with a migration, accept it in the create and update endpoints, "
        "filter at dispatch time, and document it.",
        C.MODERATE,
        D.API,
        ("webhooks", "event-filtering", "subscriptions"),
        Variant(
            C.SIMPLE,
            "Stop sending ping events to webhook subscribers",
            "Ping events go to every subscriber and confuse their handlers. Skip them in the dispatcher "
            "unless the subscription is being verified, and add a test.",
        ),
    ),
    Seed(
        "SDK: honour Retry-After on 429 and 503 responses",
        "The Java client retries immediately with a fixed delay and hammers the API during incidents. "
        "Parse Retry-After in both formats, add exponential backoff with jitter and a retry budget, and "
        "test against a mock server.",
        C.MODERATE,
        D.API,
        ("retries", "backoff", "java-sdk"),
        Variant(
            C.SIMPLE,
            "Read the numeric Retry-After header in the Java client's retry loop",
            "Only the seconds form for now: read the header on 429 responses and sleep that long before "
            "the single retry, with a unit test.",
        ),
    ),
    Seed(
        "Can you help me figure out why our API returns 413 for uploads over 1 MB and fix it?",
        "The Express JSON body parser applies its 1 MB default to every route. Raise the limit to 25 MB on "
        "the /attachments route only and add a test that uploads a 5 MB file.",
        C.SIMPLE,
        D.API,
        ("file-uploads", "express", "request-limits"),
        Variant(
            C.MODERATE,
            "Support resumable chunked uploads for large attachments",
            "Files up to 2 GB must survive flaky connections. Add endpoints to start an upload, send "
            "numbered chunks and complete with a checksum, stream chunks to object storage, and clean up "
            "abandoned uploads.",
        ),
    ),
    Seed(
        "Epic: asynchronous job API for long-running exports",
        "Exports that take over 30 seconds time out at the gateway. Implement endpoints that return 202 "
        "with a job ID, a worker queue, status polling, signed download URLs, a completion webhook and "
        "cancellation, for all three export types.",
        C.COMPLEX,
        D.API,
        ("async-jobs", "exports", "job-queue"),
        Variant(
            C.MODERATE,
            "Make the CSV export return 202 and a status URL instead of blocking",
            "Only the CSV export: enqueue the work on the existing queue, expose a status endpoint, and "
            "keep the finished file for a day.",
        ),
    ),
    Seed(
        "Proxy doesn't work with ECDSA certificates (crash in TLS handshake)",
        "The handshake code assumes an RSA key when sizing the signature buffer, so an ECDSA certificate "
        "causes an out-of-bounds write and a crash. Size the buffer from the key type and add a test with "
        "an ECDSA certificate.",
        C.SIMPLE,
        D.SYSTEMS,
        ("tls", "crash", "buffer-overflow"),
        Variant(
            C.MODERATE,
            "Support ECDSA and Ed25519 certificates throughout the proxy's TLS code",
            "Key loading, signature sizing, cipher selection and certificate reload all assume RSA. "
            "Generalize them over key types, validate the config, and run the handshake tests against all "
            "three key types.",
        ),
    ),
    Seed(
        "worker pool: deadlock on shutdown about once in fifty runs",
        "Debug the hang and fix it. Thread dumps point to a lock-order inversion between the flush thread "
        "and stop(). Fix the ordering and add a stress test that starts and stops the pool in a loop under "
        "ThreadSanitizer.",
        C.MODERATE,
        D.SYSTEMS,
        ("deadlock", "lock-ordering", "shutdown"),
        Variant(
            C.SIMPLE,
            "Release the queue lock before joining threads in WorkerPool::stop",
            "stop() holds the queue mutex while joining workers that need the same mutex to exit. Drop the "
            "lock before the join and add a regression test.",
        ),
    ),
    Seed(
        "build: fails with GCC 14 (-Werror=calloc-transposed-args)",
        "GCC 14 warns that six calloc calls pass the element size before the count, and warnings are "
        "errors in our build. Swap the arguments and check the build with GCC 13 and 14.",
        C.SIMPLE,
        D.SYSTEMS,
        ("gcc", "build-errors", "compiler-warnings"),
        Variant(
            C.MODERATE,
            "Add GCC 14 and Clang 18 to the CI matrix and fix all new warnings",
            "Both compilers flag dozens of new issues across the tree, including some real bugs. Add both "
            "to CI with -Werror, fix every warning instead of suppressing it, and document the supported "
            "toolchains.",
        ),
    ),
    Seed(
        "Meta: make the storage engine crash-consistent",
        "Power-loss tests corrupt the store. Fixes are needed across the engine: fsync the directory after "
        "renames, detect torn WAL writes with per-record checksums, make recovery idempotent, and build a "
        "crash-injection harness that runs in CI.",
        C.COMPLEX,
        D.SYSTEMS,
        ("crash-consistency", "fsync", "write-ahead-log"),
        Variant(
            C.SIMPLE,
            "fsync the parent directory after renaming the manifest file",
            "After rename() the new manifest name can be lost on power failure. Open the directory and "
            "fsync it after the rename in manifest.c, with a comment explaining why.",
        ),
    ),
    Seed(
        "RFC accepted: rewrite the {component} in {lang}",
        "The RFC was approved, so this issue tracks the implementation. Port the code module by module "
        "behind a feature flag, run both versions side by side with output comparison, reach parity on the "
        "existing test suite, then cut over and delete the old code.",
        C.COMPLEX,
        D.SYSTEMS,
        ("rewrite", "parity-testing", "migration"),
        Variant(
            C.MODERATE,
            "Port the parsing module of the {component} to {lang}",
            "First slice of the approved rewrite: port only the input parsing, call it from the existing "
            "code, and prove identical output on the current test fixtures.",
        ),
    ),
    Seed(
        "io_uring backend: short reads and EAGAIN mishandled",
        "Completions with fewer bytes than requested are treated as end of file, EAGAIN results surface as "
        "errors, and cancelled requests leak buffers. Resubmit for the remaining bytes, retry on EAGAIN, "
        "release buffers on cancellation, and cover each case with a fake ring.",
        C.MODERATE,
        D.SYSTEMS,
        ("io-uring", "short-reads", "error-handling"),
        Variant(
            C.SIMPLE,
            "Treat short reads as partial in the io_uring file backend",
            "read_at() reports EOF when a completion has fewer bytes than asked for. Loop until the buffer "
            "is full or a real zero-byte read arrives, and add a unit test.",
        ),
    ),
    Seed(
        "perf: 40% of CPU time spent allocating in the {component}",
        "A profile shows a fresh buffer allocated for every item on the hot path. Reuse buffers through a "
        "pool or arena, keep ownership rules clear, and add a benchmark that tracks allocations and "
        "throughput before and after.",
        C.MODERATE,
        D.SYSTEMS,
        ("allocations", "memory-pooling", "performance"),
        Variant(
            C.SIMPLE,
            "Reuse the scratch buffer in the {component} instead of allocating per call",
            "One function builds a temporary buffer on every call. Hoist it into a reusable field, clear "
            "it between uses, and confirm the gain with the existing benchmark.",
        ),
    ),
    Seed(
        "sensor driver: kernel oops on rmmod",
        "Unloading the module while the polling timer is armed frees the device struct before the timer "
        "fires. Call del_timer_sync in the remove path before freeing, and test load and unload in a loop.",
        C.SIMPLE,
        D.SYSTEMS,
        ("linux-kernel", "use-after-free", "driver"),
        Variant(
            C.MODERATE,
            "Fix teardown order in every error and remove path of the sensor driver",
            "A review found that the probe error paths and remove leak IRQs, workqueues and sysfs entries "
            "in inconsistent orders. Rewrite cleanup as goto-based unwinding that mirrors setup and test "
            "load and unload with fault injection.",
        ),
    ),
    Seed(
        "Data leakage: StandardScaler fitted before the train/test split",
        "train.py scales the whole dataset before splitting, so the test metrics are optimistic. Move the "
        "scaler into an sklearn Pipeline fitted on the training data only and rerun the evaluation.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("data-leakage", "scikit-learn", "preprocessing"),
        Variant(
            C.MODERATE,
            "Rebuild the training script around sklearn Pipelines with grouped cross-validation",
            "All preprocessing is applied by hand before splitting. Wrap it in a Pipeline, switch to "
            "GroupKFold by customer so one customer's rows never span folds, and update the reported "
            "metrics.",
        ),
    ),
    Seed(
        "Epic: experiment tracking with MLflow for every training script",
        "Fourteen training scripts log metrics to ad-hoc CSV files in different shapes. Add MLflow "
        "tracking for parameters, metrics and artifacts, register the models, import historical results, "
        "and add a CI smoke run per script.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("mlflow", "experiment-tracking", "mlops"),
        Variant(
            C.SIMPLE,
            "Log the churn model's validation loss to MLflow",
            "MLflow is already running. Add mlflow.log_metric calls for the validation loss after each "
            "epoch in train_churn.py and log the final model as an artifact.",
        ),
    ),
    Seed(
        "read_csv runs out of memory on the 30 GB clickstream export",
        "load_clicks() reads the whole file with default dtypes. Process it in chunks with explicit narrow "
        "dtypes, aggregate incrementally, write partitioned Parquet, and check that results match the old "
        "output on a sample.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("pandas", "memory-usage", "chunked-processing"),
        Variant(
            C.SIMPLE,
            "Pass explicit dtypes to read_csv in load_clicks()",
            "Columns are inferred as int64 and object. Declare int32, category and datetime types for the "
            "nine columns to roughly halve memory use.",
        ),
    ),
    Seed(
        "[Feature request] Add option to export predictions as Parquet",
        "The batch scoring CLI only writes CSV, which loses dtypes and is slow to load downstream. Add a "
        "--format parquet option using pyarrow and a round-trip test.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("parquet", "cli-options", "batch-scoring"),
        Variant(
            C.MODERATE,
            "Support Parquet, CSV and Delta outputs with partitioning in the batch scorer",
            "Add a pluggable writer interface, partition output by date and region, write atomically so "
            "partial runs are never visible, and test each format.",
        ),
    ),
    Seed(
        "Debug why the ranking model's offline AUC doesn't match production and fix it",
        "Offline AUC is 0.81 but online it behaves like 0.66. The serving code computes two features with "
        "different timezone and missing-value defaults. Share one feature implementation between training "
        "and serving and add a parity test.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("training-serving-skew", "feature-engineering", "model-quality"),
        Variant(
            C.COMPLEX,
            "Unify feature computation between training and serving for all ranking models",
            "Around 120 features are implemented twice, once in Spark and once in the Java serving layer. "
            "Define them once, generate both paths from that definition, backfill the offline store, and "
            "add continuous parity monitoring per feature.",
        ),
    ),
    Seed(
        "Could you write a {lang} script that dedupes near-identical rows in our survey export?",
        "Respondents sometimes submit twice within a minute with small whitespace or case differences. "
        "Normalize the text fields, keep the latest submission per respondent and minute, and print how "
        "many rows were removed.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("deduplication", "data-cleaning", "scripting"),
        Variant(
            C.MODERATE,
            "Build a reusable {lang} dedup step with fuzzy matching for every survey import",
            "Make the cleanup part of the import pipeline: configurable match keys, fuzzy text similarity "
            "with a threshold, a review file of borderline pairs, and tests with known duplicates.",
        ),
    ),
    Seed(
        "The {component} silently skips items it fails to parse",
        "Malformed items are dropped without a trace, so counts drift and nobody notices. Count and log "
        "every skipped item with a reason, and fail the run when more than one percent are skipped.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("error-handling", "observability", "data-quality"),
        Variant(
            C.MODERATE,
            "Add a dead-letter path for unparseable items in the {component}",
            "Store rejected items with the error and source position, add a command to replay them after a "
            "fix, alert when the backlog grows, and cover the flow with tests.",
        ),
    ),
    Seed(
        "[iOS] Crash in KeychainHelper during background refresh",
        "When the device is locked, reading the token returns errSecInteractionNotAllowed and the code "
        "force-unwraps the result. Handle the error and postpone the refresh until the device is unlocked.",
        C.SIMPLE,
        D.MOBILE,
        ("ios", "keychain", "crash"),
        Variant(
            C.MODERATE,
            "Move token storage to AfterFirstUnlock accessibility with a migration",
            "Background refresh needs the token while the device is locked. Change the keychain "
            "accessibility class, migrate existing items on first launch, handle migration failures, and "
            "test on a locked simulator.",
        ),
    ),
    Seed(
        "Tracking issue: tablet and foldable layouts",
        "About 30 screens assume a phone in portrait. Add adaptive layouts driven by window size classes, "
        "two-pane list and detail views, handle fold postures and rotation, and add screenshot tests per "
        "size class on Android and iOS.",
        C.COMPLEX,
        D.MOBILE,
        ("adaptive-layout", "tablets", "foldables"),
        Variant(
            C.MODERATE,
            "Two-pane layout for the inbox screen on tablets",
            "Show the message list and the selected message side by side on wide screens, keep the "
            "selection across rotation, and add screenshot tests for both widths.",
        ),
    ),
    Seed(
        "Android: product image list stutters while scrolling",
        "Images are decoded at full resolution on the main thread and the adapter rebinds every row on "
        "each update. Downsample with the image loader, use stable IDs and DiffUtil, and add a "
        "macrobenchmark that tracks frame times.",
        C.MODERATE,
        D.MOBILE,
        ("android", "scroll-performance", "recyclerview"),
        Variant(
            C.SIMPLE,
            "Set a fixed size on the product image view to avoid extra layout passes",
            "Each image load triggers a relayout because the view uses wrap_content. Give it a fixed size "
            "in the item layout and check the jank in the profiler.",
        ),
    ),
    Seed(
        "Fix lint errors blocking the Android release build",
        "lintVitalRelease fails on two strings missing from the German translation and a NewApi call used "
        "below API 26. Add the translations and guard the call with a version check.",
        C.SIMPLE,
        D.MOBILE,
        ("android-lint", "release-build", "translations"),
        Variant(
            C.MODERATE,
            "Turn on lint warningsAsErrors for all Android modules and clear the backlog",
            "There are about 250 existing warnings across eight modules. Fix them instead of baselining, "
            "enable warningsAsErrors in the shared Gradle convention plugin, and run lint in CI.",
        ),
    ),
    Seed(
        "Support Sign in with Apple on iOS",
        "App Review requires it because we offer Google login. Implement the ASAuthorization flow, send "
        "the identity token to the new backend endpoint, handle private relay emails and account linking, "
        "and add UI tests.",
        C.MODERATE,
        D.MOBILE,
        ("sign-in-with-apple", "ios", "authentication"),
        Variant(
            C.COMPLEX,
            "Unify social sign-in for Apple, Google and Facebook across iOS, Android and web",
            "Each platform has its own login code and accounts get duplicated. Build one backend token "
            "exchange, shared account linking by verified email, consistent error handling in all three "
            "clients, and merge existing duplicate accounts.",
        ),
    ),
    Seed(
        "{component}: replace deprecated API calls flagged after the SDK bump",
        "After the dependency upgrade, six calls produce deprecation warnings. Switch them to the "
        "recommended replacements with no behaviour change and keep the existing tests green.",
        C.SIMPLE,
        D.MOBILE,
        ("deprecations", "sdk-upgrade", "maintenance"),
        Variant(
            C.MODERATE,
            "{component}: remove every deprecated API usage and raise the minimum supported version",
            "Drop the compatibility shims for old versions, migrate all remaining deprecated calls, update "
            "the build configuration and docs, and add a CI check that fails on new deprecation warnings.",
        ),
    ),
    Seed(
        "Share the pricing rules between Android and iOS via Kotlin Multiplatform",
        "Discount and tax logic is duplicated in Kotlin and Swift and the two apps disagree on totals. "
        "Move it into a KMP module, call it from Swift, port both test suites, and confirm identical "
        "results on recorded carts.",
        C.MODERATE,
        D.MOBILE,
        ("kotlin-multiplatform", "code-sharing", "pricing"),
        Variant(
            C.COMPLEX,
            "Move the domain and networking layers of both apps to Kotlin Multiplatform",
            "Share models, repositories, API clients and caching between Android and iOS while keeping "
            "native UI, migrate feature by feature while both apps keep shipping every two weeks, and "
            "delete the duplicated Swift code.",
        ),
    ),
    Seed(
        "Allow extra environment variables in the Helm chart",
        "Users cannot set env vars on the deployment without forking the chart. Add an extraEnv list to "
        "values.yaml, render it in the container spec, and add a helm-unittest case.",
        C.SIMPLE,
        D.DEVOPS,
        ("helm", "kubernetes", "configuration"),
        Variant(
            C.MODERATE,
            "Support envFrom, extra volumes and sidecars in the Helm chart with schema validation",
            "Add values for envFrom, extra volumes and mounts, and sidecar containers, validate them with "
            "values.schema.json, document each option, and add unit tests for every template.",
        ),
    ),
    Seed(
        "CI: release job prints the registry token in the logs",
        "release.sh runs with set -x, so the docker login line shows the token. Turn tracing off around "
        "it, pass the password via --password-stdin, and mask the value in the workflow.",
        C.SIMPLE,
        D.DEVOPS,
        ("ci", "secret-leak", "shell-scripts"),
        Variant(
            C.MODERATE,
            "Switch all CI jobs from long-lived registry tokens to OIDC federation",
            "Twelve workflows keep static registry and cloud credentials as secrets. Replace them with "
            "short-lived tokens obtained through OIDC, update the trust policies in Terraform, and delete "
            "the old secrets.",
        ),
    ),
    Seed(
        "Add {platform} to the integration test matrix",
        "Integration tests only run against local containers, so platform-specific failures reach "
        "production. Add a CI job that provisions a disposable test environment there, runs the suite, "
        "tears everything down and reports results on the PR.",
        C.MODERATE,
        D.DEVOPS,
        ("integration-tests", "ci-matrix", "test-environments"),
        Variant(
            C.SIMPLE,
            "Run the existing smoke test against {platform} every night",
            "A scheduled job that runs the five smoke tests against the shared staging setup there and "
            "posts failures to the team channel.",
        ),
    ),
    Seed(
        "Tracking issue: migrate all 40 Jenkins jobs to GitHub Actions",
        "Jenkins is being shut down at the end of the quarter. Port every job to workflows with reusable "
        "templates, set up self-hosted runners for the GPU tests, move credentials, run both systems in "
        "parallel for two weeks, and decommission Jenkins.",
        C.COMPLEX,
        D.DEVOPS,
        ("github-actions", "jenkins", "ci-migration"),
        Variant(
            C.MODERATE,
            "Port the lint and unit-test Jenkins jobs of the web repo to GitHub Actions",
            "Only the two simplest jobs of one repo: recreate them as a workflow with caching and a Node "
            "version matrix, and keep Jenkins running until the results match.",
        ),
    ),
    Seed(
        "Terraform 1.6 upgrade: modules fail validation",
        "Our modules rely on the removed module_variable_optional_attrs experiment and deprecated "
        "interpolation-only expressions. Convert them to optional() with defaults, fix the other "
        "deprecations across 18 modules, and add terraform validate and terraform test to CI.",
        C.MODERATE,
        D.DEVOPS,
        ("terraform", "upgrade", "infrastructure-as-code"),
        Variant(
            C.SIMPLE,
            "Remove the optional-attrs experiment from the network module",
            "The network module fails validation on 1.6 because of its experiments block. Delete it and "
            "rewrite the two optional attributes with optional() and defaults.",
        ),
    ),
    Seed(
        "CronJob runs twice when a node is drained",
        "The invoice CronJob uses the default Allow concurrency policy and the job is not idempotent, so "
        "customers get two invoices. Set Forbid and a starting deadline, and add a lock row so a duplicate "
        "run exits early, with a test.",
        C.MODERATE,
        D.DEVOPS,
        ("kubernetes", "cronjob", "idempotency"),
        Variant(
            C.SIMPLE,
            "Set concurrencyPolicy: Forbid on the invoice CronJob",
            "Quick mitigation for duplicate runs: change the policy in the manifest and add "
            "startingDeadlineSeconds so missed schedules do not pile up.",
        ),
    ),
    Seed(
        "release script: tag is pushed even when the build fails",
        "The script has no set -e and pipes the build into tee, which hides its exit code. Add set -euo "
        "pipefail, tag only after a successful build, and add a bats test.",
        C.SIMPLE,
        D.DEVOPS,
        ("bash", "release-automation", "error-handling"),
        Variant(
            C.MODERATE,
            "Rewrite the release script as a tested Go tool with dry-run and rollback",
            "The Bash script has grown to 600 lines. Reimplement it as a Go CLI with the same steps, a "
            "dry-run mode, rollback of partial releases, and unit tests for each step.",
        ),
    ),
    Seed(
        "Could you set up pre-commit hooks that lint and format the {lang} code in this repo?",
        "Style nits keep coming up in reviews. Add a pre-commit configuration with a standard linter and "
        "formatter for {lang}, pin their versions, run it once over the repository and commit the fixes.",
        C.SIMPLE,
        D.DEVOPS,
        ("pre-commit", "linting", "formatting"),
        Variant(
            C.MODERATE,
            "Enforce {lang} linting in CI and fix every existing finding in the repository",
            "Run the same linters in CI on every pull request, fix the roughly 400 existing findings "
            "instead of ignoring them, and document how to run the checks locally.",
        ),
    ),
    Seed(
        "MySQL 8 compatibility",
        "The app must move off MySQL 5.7 by June. Many of its 1,200 raw queries hit new reserved words "
        "like rank, the stricter ONLY_FULL_GROUP_BY default and utf8mb4 collation changes. Fix them all, "
        "run the full test suite against both versions in CI, and upgrade the ORM and drivers.",
        C.COMPLEX,
        D.DATABASE,
        ("mysql", "database-upgrade", "sql-compatibility"),
        Variant(
            C.SIMPLE,
            "Quote the `rank` column in the leaderboard queries for MySQL 8",
            "rank is a reserved word in MySQL 8 and the three leaderboard queries fail. Quote it with "
            "backticks and add a test that runs them.",
        ),
    ),
    Seed(
        "Migration locks the accounts table for 20 minutes",
        "Adding a NOT NULL column with a default rewrote the whole table and blocked logins. Rewrite it as "
        "a nullable add, a batched backfill, then a NOT VALID check constraint validated separately, and "
        "test on a production-sized copy.",
        C.MODERATE,
        D.DATABASE,
        ("postgres", "schema-migration", "table-locks"),
        Variant(
            C.SIMPLE,
            "Set a lock_timeout at the start of each migration",
            "So a blocked migration fails fast instead of queueing every query behind it: add SET "
            "lock_timeout = '5s' to the migration runner's setup and a test for it.",
        ),
    ),
    Seed(
        "Tracking issue: tenant isolation with Postgres row-level security",
        "Tenant filtering relies on every query remembering a WHERE clause. Enable RLS with tenant "
        "policies on 60 tables, set the tenant per connection through the pooler, fix background jobs and "
        "reports that bypass it, and add tests proving cross-tenant reads fail.",
        C.COMPLEX,
        D.DATABASE,
        ("row-level-security", "multi-tenancy", "postgres"),
        Variant(
            C.MODERATE,
            "Enable row-level security on the invoices table with a tenant policy",
            "Pilot on one table: write the migration with the policy, set app.tenant_id in the request "
            "middleware, and add tests showing another tenant's invoices are invisible.",
        ),
    ),
    Seed(
        "Cleanup job removes entries from the {datastore} that should be kept",
        "The retention cutoff is computed in days but compared with millisecond timestamps, so recent "
        "entries get deleted. Fix the unit conversion and add tests right at the retention boundary.",
        C.SIMPLE,
        D.DATABASE,
        ("retention", "data-loss", "unit-conversion"),
        Variant(
            C.MODERATE,
            "Configurable retention policies for the {datastore} with a dry-run report",
            "Different kinds of entries need different lifetimes. Add per-type retention settings, a "
            "dry-run mode that reports what would be deleted, batched deletion, and tests for each policy.",
        ),
    ),
    Seed(
        "import_orders: DB 接続プールが枯渇する",
        "Connections leak when a transaction raises before commit because the session is never closed, and "
        "the pool runs dry after a few hundred failures. Use context managers for every session, add pool "
        "metrics, and test with failing transactions in a loop.",
        C.MODERATE,
        D.DATABASE,
        ("connection-pool", "resource-leak", "sqlalchemy"),
        Variant(
            C.SIMPLE,
            "Close the DB session in the error branch of import_orders()",
            "The except block logs and returns without closing the session. Close it in a finally block "
            "and add a test that no connections remain checked out afterwards.",
        ),
    ),
    Seed(
        "Epic: replace the nightly full-table sync with change data capture",
        "The nightly dump of 40 tables to the warehouse takes five hours and the data is a day old. Set up "
        "Debezium connectors, write consumers that upsert into the warehouse, handle schema changes, "
        "backfill, and reconcile counts daily.",
        C.COMPLEX,
        D.DATABASE,
        ("change-data-capture", "debezium", "data-sync"),
        Variant(
            C.MODERATE,
            "Incremental sync of the orders table using updated_at watermarks",
            "Stop copying the whole orders table each night: track the last synced updated_at, copy only "
            "newer rows, handle deletes through the soft-delete flag, and test the watermark logic.",
        ),
    ),
    Seed(
        "Could you write a SQL query that finds customers whose last three orders were all refunded?",
        "Support needs it for an abuse review. Rank orders per customer with a window function, keep "
        "customers whose three latest orders are refunded, and add a test with fixture data.",
        C.SIMPLE,
        D.DATABASE,
        ("sql", "window-functions", "reporting"),
        Variant(
            C.MODERATE,
            "Build a refund-abuse report view with configurable thresholds refreshed hourly",
            "Turn the ad-hoc query into a materialized view with parameters for order count and time "
            "window, refresh it on a schedule, index it for the support tool, and test the thresholds.",
        ),
    ),
    Seed(
        "auth CLI: add option to print the token expiry",
        "`authctl token show` prints only the raw JWT, and people paste it into websites to decode it. Add "
        "an --expiry flag that reads the exp claim locally and prints it in local time, with a test.",
        C.SIMPLE,
        D.SECURITY,
        ("cli", "jwt", "developer-tooling"),
        Variant(
            C.MODERATE,
            "auth CLI: add refresh, revoke and inspect subcommands for tokens",
            "Implement the three subcommands against the existing auth API, store refreshed tokens in the "
            "OS keychain, show clear errors for expired sessions, and add tests with a mocked server.",
        ),
    ),
    Seed(
        "Fix the gosec findings failing the auth service build",
        "The new lint step reports 23 findings: math/rand used for reset tokens, unchecked errors on "
        "Close, a key file written with 0644 permissions and SQL built with Sprintf. Fix each one in code "
        "rather than suppressing it and keep the tests passing.",
        C.MODERATE,
        D.SECURITY,
        ("gosec", "static-analysis", "go"),
        Variant(
            C.SIMPLE,
            "Use crypto/rand instead of math/rand in GenerateResetToken",
            "The one high-severity gosec finding: switch the token generator to crypto/rand with 32 bytes "
            "of entropy and keep the existing encoding.",
        ),
    ),
    Seed(
        "Password reset links still work days after they were sent",
        "Tokens store created_at but validate_reset_token never checks it. Reject tokens older than 30 "
        "minutes and add tests on both sides of the limit.",
        C.SIMPLE,
        D.SECURITY,
        ("password-reset", "token-expiry", "authentication"),
        Variant(
            C.MODERATE,
            "Rework password reset tokens: hashed storage, single use, expiry and rate limiting",
            "Store only a hash of each token, invalidate it after use or when a new one is issued, expire "
            "it after 30 minutes, limit requests per account and IP, and migrate outstanding tokens.",
        ),
    ),
    Seed(
        "Redact credentials from the log output of the {component}",
        "Debug logs include authorization headers, connection strings and API keys. Add a redaction filter "
        "to the logging setup that covers the known patterns, apply it to structured fields too, and add "
        "tests that fail if a secret reaches the output.",
        C.MODERATE,
        D.SECURITY,
        ("log-redaction", "secrets", "logging"),
        Variant(
            C.SIMPLE,
            "Stop logging the raw config object in the {component}",
            "One debug statement dumps the whole configuration, including passwords. Log only the "
            "non-secret keys and add a test for it.",
        ),
    ),
    Seed(
        "Tracking issue: implement the approved fine-grained permission model",
        "The design doc is signed off; this tracks the code. Replace four hard-coded roles with permission "
        "checks in about 120 handlers, migrate existing role assignments, add an admin UI for custom "
        "roles, and add a test per endpoint.",
        C.COMPLEX,
        D.SECURITY,
        ("authorization", "permissions", "rbac"),
        Variant(
            C.MODERATE,
            "Add a read-only auditor role to the existing role checks",
            "Extend the current role enum, allow the new role on all GET handlers and deny writes, add a "
            "migration for the enum, and test a sample of endpoints.",
        ),
    ),
    Seed(
        "OpenSSL 3 upgrade breaks the legacy signing code",
        "signer.c uses the low-level RSA_sign and RSA_private_encrypt APIs, which are deprecated in 3.0, "
        "and the build treats warnings as errors. Port it to EVP_PKEY_sign with explicit padding and "
        "verify against the existing test vectors.",
        C.MODERATE,
        D.SECURITY,
        ("openssl", "crypto-apis", "deprecation"),
        Variant(
            C.COMPLEX,
            "Port all crypto code in the monorepo to OpenSSL 3 provider APIs with FIPS mode",
            "Nine components still use deprecated low-level APIs and custom engines. Move them to EVP and "
            "providers, support the FIPS provider in production builds, update packaging for three "
            "distributions, and run known-answer tests in CI.",
        ),
    ),
    Seed(
        "POST /login：密码为空时返回 500 错误",
        "An empty password reaches the bcrypt comparison as None and raises. Validate the request body, "
        "return 400 with a clear message, and add tests for empty and missing passwords.",
        C.SIMPLE,
        D.SECURITY,
        ("input-validation", "login", "error-handling"),
        Variant(
            C.MODERATE,
            "Validate every auth endpoint with one schema layer and consistent 400 errors",
            "Login, signup, reset and token endpoints each validate input differently or not at all. Add "
            "request schemas for all of them, one error format, length limits, and tests for malformed "
            "bodies.",
        ),
    ),
)
