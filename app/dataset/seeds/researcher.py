"""Hand-written base tasks for the Researcher category."""

from app.dataset.seeds._types import Seed, Variant
from app.labels import Complexity as C
from app.labels import Domain as D

SEEDS: tuple[Seed, ...] = (
    # ------------------------------------------------------------------ Web
    Seed(
        "Why does our Next.js build output a 2 MB vendor chunk?",
        "Someone noticed main-app.js ballooned after the 14.1 upgrade. Run the bundle analyzer, list the three "
        "largest modules and where they are imported from; no changes yet.",
        C.SIMPLE,
        D.WEB,
        ("bundle-size", "nextjs", "webpack"),
        Variant(
            C.MODERATE,
            "Investigate bundle growth across all Next.js routes since the 14.1 upgrade",
            "Compare per-route bundle sizes before and after the upgrade, identify which dependencies and dynamic "
            "imports regressed, and write up findings with a ranked list of candidates to trim.",
        ),
    ),
    Seed(
        "docs: add a README section explaining how the {component} handles loading states",
        "New contributors keep asking where the waiting and partial-result logic lives. Describe each state, what "
        "triggers it and link to the relevant source files.",
        C.SIMPLE,
        D.WEB,
        ("readme", "loading-states", "onboarding"),
        Variant(
            C.MODERATE,
            "docs: write a full developer guide for the {component}",
            "Cover its lifecycle, configuration options, error and loading behaviour, known quirks and how to test "
            "it locally; include diagrams where the flow is not obvious.",
        ),
    ),
    Seed(
        "Spike: evaluate Vite vs Turbopack for our React monorepo",
        "Dev server cold start is 40s with webpack. Time cold start, HMR latency and production build for both on "
        "the web-app and admin packages, note plugin gaps (SVGR, MDX) and deliver a short comparison doc.",
        C.MODERATE,
        D.WEB,
        ("build-tooling", "vite", "turbopack", "benchmark"),
        Variant(
            C.SIMPLE,
            "Does Vite support our SVGR and MDX setup?",
            "Before anyone spikes a migration, check the Vite plugin ecosystem for equivalents of our two webpack "
            "loaders and reply in the ticket with links and any known caveats.",
        ),
    ),
    Seed(
        "Profile excessive re-renders on the product listing page",
        "React DevTools shows ProductCard rendering 300+ times on a single filter change. Record profiles, identify "
        "which context or prop changes trigger them and report the root causes; fixes come in a follow-up ticket.",
        C.MODERATE,
        D.WEB,
        ("react", "re-renders", "profiling"),
        Variant(
            C.COMPLEX,
            "Analyse rendering performance across the whole storefront app",
            "INP is poor on most pages according to CrUX. Profile the top ten routes, correlate long tasks with "
            "components and state libraries, and produce a prioritised report of systemic causes shared across pages.",
        ),
    ),
    Seed(
        "Investigate intermittent hydration mismatches seen across SSR pages in production",
        "Sentry reports about 2k hydration warnings a day across 30 routes, varying by locale, timezone and A/B "
        "flags. Gather samples, classify causes, separate shared from route-specific ones and write an "
        "investigation report.",
        C.COMPLEX,
        D.WEB,
        ("ssr", "hydration", "nextjs", "root-cause"),
        Variant(
            C.MODERATE,
            "Hydration mismatch warnings on the pricing page - what's causing them?",
            "Sentry says it only happens for users in non-UTC timezones. Reproduce it, identify which rendered values "
            "differ between server and client and document the cause.",
        ),
    ),
    Seed(
        "slow LCP on homepage",
        "Lighthouse mobile score dropped from 92 to 61 this week. Run a trace, find which element is the LCP "
        "candidate and what delays it, and post the findings in the ticket.",
        C.SIMPLE,
        D.WEB,
        ("core-web-vitals", "lcp", "lighthouse"),
        Variant(
            C.MODERATE,
            "Find out why LCP regressed on the homepage, category and search templates",
            "CrUX field data shows a 1.2s LCP increase on three templates since the image CDN change. Trace each "
            "page, compare waterfalls before and after and write up the shared and per-page causes.",
        ),
    ),
    Seed(
        "Comparer Redux Toolkit, Zustand et Jotai pour notre application React",
        "The team is split on state management for the new admin app. Compare bundle size, devtools, SSR support, "
        "learning curve and TypeScript ergonomics, and summarise the trade-offs in English for the frontend guild.",
        C.MODERATE,
        D.WEB,
        ("state-management", "react", "library-comparison"),
        Variant(
            C.SIMPLE,
            "Quel est le coût en taille de bundle de Zustand par rapport à Redux Toolkit ?",
            "Just need the minified and gzipped numbers from bundlephobia plus a one-line note on tree-shaking for "
            "each, for the state-management discussion.",
        ),
    ),
    Seed(
        "Document the environment variables the {component} reads at startup",
        "On-call keeps finding undocumented variables during incidents. Search the source for every variable it "
        "reads, note defaults and what each controls, and add a table to the docs.",
        C.SIMPLE,
        D.WEB,
        ("configuration", "env-vars", "documentation"),
        Variant(
            C.MODERATE,
            "Catalogue every configuration option of the {component} and what it depends on",
            "Config is spread over env vars, flags, config files and remote settings. Inventory each option, its "
            "source, default and precedence, flag dead or conflicting ones and publish a reference page.",
        ),
    ),
    Seed(
        "Can you take a look at why the {component} is so much slower on {platform} than locally?",
        "Production timings are roughly three times what we see in dev. Collect traces from both environments, "
        "compare where the time goes and write down likely causes with evidence before anyone changes anything.",
        C.MODERATE,
        D.WEB,
        ("latency", "environment-parity", "tracing"),
        Variant(
            C.COMPLEX,
            "Investigate the performance gap between local runs and {platform} across all our services",
            "Several teams report the same 2-4x slowdown after deploy. Gather traces from every affected service, look "
            "for shared causes like cold starts, network hops, resource limits or config drift and write a cross-team "
            "report.",
        ),
    ),
    Seed(
        "Inventory modern browser APIs we use against our .browserslistrc targets",
        "We target the last 2 versions plus Safari 14. Find usages of structuredClone, Array.prototype.at, :has() "
        "and similar, check each against caniuse and list which need polyfills or fallbacks.",
        C.MODERATE,
        D.WEB,
        ("browser-support", "polyfills", "browserslist"),
        Variant(
            C.SIMPLE,
            "Is structuredClone safe to use given our browserslist?",
            "We target the last 2 versions plus Safari 14. Check caniuse and MDN and reply in the PR whether we need "
            "a polyfill.",
        ),
    ),
    Seed(
        "[Bug] memory grows steadily in the {component} after an hour of use",
        "Resident memory climbs from about 150 MB to 1.8 GB over an hour of normal use. Capture heap snapshots or "
        "allocation profiles, find what is being retained and report the leaking references; do not patch yet.",
        C.MODERATE,
        D.WEB,
        ("memory-leak", "heap-snapshot", "profiling"),
        Variant(
            C.COMPLEX,
            "Investigate memory growth in long-lived browser sessions across all three dashboards",
            "Customers with wallboards keep tabs open for days and every app degrades. Profile each one, identify "
            "shared leak patterns in subscriptions, charts and caches, and write a cross-app report with repro steps.",
        ),
    ),
    Seed(
        "We need a clear picture of how feature flags are evaluated across frontend, edge and backend",
        "Flags are read from LaunchDarkly in the browser, a Cloudflare Worker and three services, and users see "
        "inconsistent variants. Trace evaluation, caching and fallbacks in each layer and document where they "
        "diverge and why.",
        C.COMPLEX,
        D.WEB,
        ("feature-flags", "launchdarkly", "consistency"),
        Variant(
            C.MODERATE,
            "Document how feature flags get evaluated in the React app",
            "Explain where the LaunchDarkly client is initialised, how flags are cached and what the fallback is when "
            "the SDK fails to load, in a page under docs/frontend.",
        ),
    ),
    Seed(
        "Write a changelog entry summarising the {framework} upgrade",
        "The bump landed last sprint without release notes. Read the merged PRs and upstream release notes and "
        "write a short entry covering what changed for us and any behaviour differences.",
        C.SIMPLE,
        D.WEB,
        ("changelog", "dependency-upgrade", "release-notes"),
        Variant(
            C.MODERATE,
            "Compile a migration guide for teams still on the old {framework} version",
            "Four teams have not upgraded yet. Go through the upstream changelog, list breaking changes that affect "
            "our code, give before/after examples and collect pitfalls from the teams that already moved.",
        ),
    ),
    Seed(
        "Why does the test suite for the {component} take 45 minutes now?",
        "It took 18 minutes in January. Break down per-test timings from the last 20 CI runs, find which tests grew "
        "and whether waits, retries or fixture setup explain it, and share a report.",
        C.MODERATE,
        D.WEB,
        ("test-duration", "ci", "flaky-tests"),
        Variant(
            C.COMPLEX,
            "Investigate why end-to-end suites are slow and flaky across every frontend repo",
            "Eleven repos each lose 30+ minutes per pipeline. Collect timing and retry data org-wide, classify "
            "slowness and flakiness by cause such as shared fixtures, network mocks or runner capacity, and write a "
            "cross-team report.",
        ),
    ),
    # ------------------------------------------------------------------ Systems
    Seed(
        "What does {lang} guarantee about integer overflow?",
        "Someone claimed our checksum code relies on wrapping arithmetic. Find what the language spec and compiler "
        "defaults actually say for debug and release builds and summarise it with references.",
        C.SIMPLE,
        D.SYSTEMS,
        ("integer-overflow", "language-semantics"),
        Variant(
            C.MODERATE,
            "Survey overflow handling in our {lang} code and how each build mode behaves",
            "Go through every arithmetic hot spot in the checksum and hashing modules, check whether it relies on "
            "wrapping, checked or saturating behaviour and document the differences between debug and release builds.",
        ),
    ),
    Seed(
        "Periodic p99 latency spikes in the {component} on {platform}",
        "Latency jumps to around 200ms at regular 30-second intervals. Capture profiles and system metrics around "
        "the spikes, rule out allocator behaviour, blocking calls and timer effects, and write up the evidence.",
        C.MODERATE,
        D.SYSTEMS,
        ("tail-latency", "profiling", "perf"),
        Variant(
            C.COMPLEX,
            "Investigate tail-latency stalls across all Tokio services in the ingest pipeline",
            "Ingest, router and compactor all stall periodically and may amplify each other. Correlate traces across "
            "hosts, rule out kernel scheduling, allocator and network causes and produce a root-cause report for the "
            "platform team.",
        ),
    ),
    Seed(
        "Does our 5.15 kernel support IORING_OP_SEND_ZC?",
        "We want to try zero-copy sends in the proxy. Check the kernel docs and liburing changelog, confirm which "
        "version introduced it and whether our Ubuntu 22.04 hosts have it.",
        C.SIMPLE,
        D.SYSTEMS,
        ("io-uring", "zero-copy", "linux-kernel"),
        Variant(
            C.MODERATE,
            "Spike: measure zero-copy send gains for the proxy on a 6.1 kernel",
            "Build a small liburing benchmark comparing plain send, MSG_ZEROCOPY and IORING_OP_SEND_ZC for 4 KB to "
            "1 MB payloads and report throughput and CPU per GB transferred.",
        ),
    ),
    Seed(
        "Benchmark the {component} against two alternative implementations under realistic load",
        "We suspect it is the bottleneck at high concurrency. Build a reproducible benchmark, run it with 1, 8 and "
        "64 workers, capture CPU and memory profiles and summarise which option wins and why.",
        C.MODERATE,
        D.SYSTEMS,
        ("benchmark", "concurrency", "throughput"),
        Variant(
            C.SIMPLE,
            "Measure throughput of the {component} at 64 concurrent workers",
            "Run the existing benchmark harness once at 64 workers on a quiet machine and record ops/sec and p99 in "
            "the perf tracking sheet.",
        ),
    ),
    Seed(
        "Investigate sporadic WAL corruption after power loss",
        "Torture tests on ext4 and XFS show a torn record roughly once in 500 power cuts. Examine fsync ordering, "
        "O_DIRECT usage and the checksum scheme, reproduce with dm-flakey and write a detailed root-cause analysis.",
        C.COMPLEX,
        D.SYSTEMS,
        ("write-ahead-log", "durability", "fsync", "crash-consistency"),
        Variant(
            C.MODERATE,
            "Reproduce the torn WAL record on ext4 with dm-flakey",
            "Set up the fault injection harness, reproduce the corruption reliably on one filesystem and document the "
            "exact sequence of writes and fsyncs that leads to it.",
        ),
    ),
    Seed(
        "Summarise what changed in the {component} between the last two releases",
        "Release notes were skipped for 3.4. Read the commits and merged PRs touching it and write a short summary "
        "of behaviour changes, new options and anything removed.",
        C.SIMPLE,
        D.SYSTEMS,
        ("release-notes", "changelog"),
        Variant(
            C.MODERATE,
            "Reconstruct the change history of the {component} over the past year",
            "Behaviour drifted and nobody can say when. Walk the commit log, linked issues and design notes and "
            "produce a timeline of behavioural changes with the reasons and the PRs that introduced them.",
        ),
    ),
    Seed(
        "¿Por qué nuestro workspace de Rust tarda 12 minutos en compilar?",
        "Clean release builds of the 40-crate workspace went from 5 to 12 minutes. Use cargo build --timings and "
        "-Z self-profile to find which crates and codegen steps dominate, and report the findings.",
        C.MODERATE,
        D.SYSTEMS,
        ("rust", "compile-time", "cargo"),
        Variant(
            C.SIMPLE,
            "¿Qué crate tarda más en compilar en el workspace?",
            "Just run cargo build --timings on a clean checkout and share the top five crates by compile time in the "
            "ticket.",
        ),
    ),
    Seed(
        "Research how other runtimes and databases do lock-free memory reclamation",
        "We are weighing epoch-based reclamation, hazard pointers and RCU for the new index. Survey crossbeam-epoch, "
        "Folly, liburcu and the key papers, compare overheads and pitfalls, and write a report backed by benchmarks.",
        C.COMPLEX,
        D.SYSTEMS,
        ("lock-free", "memory-reclamation", "concurrency", "literature-survey"),
        Variant(
            C.MODERATE,
            "Compare crossbeam-epoch and hazard pointers for our concurrent skiplist",
            "Write microbenchmarks for insert- and remove-heavy workloads on 32 cores, measure memory overhead and "
            "latency, and summarise which fits better.",
        ),
    ),
    Seed(
        "Can readers starve writers with std::shared_mutex on glibc?",
        "A colleague thinks the config reloader can starve its writer. Check the libstdc++ and glibc "
        "pthread_rwlock documentation for the default policy and answer with references.",
        C.SIMPLE,
        D.SYSTEMS,
        ("rwlock", "starvation", "glibc"),
        Variant(
            C.MODERATE,
            "Measure reader/writer fairness of shared_mutex in the config reloader",
            "Write a stress harness with 30 readers and 2 writers, record writer wait times on glibc and musl builds "
            "and write up whether starvation actually occurs in practice.",
        ),
    ),
    Seed(
        "Profile CPU usage of the {component} on {platform}",
        "Utilisation doubled after the last release, but only in that environment. Capture flame graphs before and "
        "after, identify the hot paths that grew and write down suspected causes without changing code.",
        C.MODERATE,
        D.SYSTEMS,
        ("cpu-profiling", "flame-graph", "regression"),
        Variant(
            C.COMPLEX,
            "Investigate the CPU regression seen fleet-wide after the last base image release",
            "Every service on the shared base image uses 15-40% more CPU. Compare flame graphs across services, check "
            "compiler, runtime and kernel changes in the image and produce a root-cause report for all owners.",
        ),
    ),
    Seed(
        "Find the sources of all memory leaks valgrind flags in the C parser tests",
        "The valgrind CI job lists 40 leak records across 12 tests. Group them by allocation site, separate real "
        "leaks from harness noise and file a summary with a call stack for each.",
        C.MODERATE,
        D.SYSTEMS,
        ("valgrind", "memory-leak", "c"),
        Variant(
            C.SIMPLE,
            "valgrind leak in parser tests",
            "The CI valgrind job reports 3 definitely lost blocks in test_parse_nested. Find which allocation leaks "
            "and note the call stack on the issue.",
        ),
    ),
    # ------------------------------------------------------------------ DataScience
    Seed(
        "What does pd.merge do with NaN keys?",
        "Our join produces unexpected rows when customer_id is missing. Check pandas 2.2 behaviour, write a tiny "
        "reproduction and explain in the ticket whether NaN keys match each other.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("pandas", "joins", "missing-values"),
        Variant(
            C.MODERATE,
            "Investigate duplicate rows produced by the customer joins in the churn pipeline",
            "Row counts grow by 3% after the merge stage. Trace which join keys cause fan-out, check NaN, dtype and "
            "whitespace issues, and report the causes with example records.",
        ),
    ),
    Seed(
        "Why does the {component} take twice as long since last month?",
        "Nothing obvious changed in our code. Compare run logs, input volumes and dependency versions between a "
        "fast and a slow run, profile one run end to end and report where the extra time goes.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("runtime-regression", "profiling", "root-cause"),
        Variant(
            C.SIMPLE,
            "How long did each stage of the {component} take last night?",
            "Pull the stage timings from last night's run logs and post a small table in the channel.",
        ),
    ),
    Seed(
        "Offline metrics up, online CTR down - what's going on with the recommender?",
        "Offline NDCG improved 4% but the A/B test shows a 2% CTR drop. Look at training-serving skew, feature "
        "freshness, position bias and how the eval set was sampled, and write a thorough analysis.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("recommender", "offline-online-gap", "training-serving-skew"),
        Variant(
            C.MODERATE,
            "Check training-serving skew for the top 20 features of the recommender",
            "Compare distributions of features logged at serving time with the training snapshot for the same week "
            "and report which features drift and by how much.",
        ),
    ),
    Seed(
        "Document the schema of the {datastore}",
        "Analysts keep guessing what fields mean. Describe each field, its type, units and allowed values, and "
        "link to the code that writes it.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("schema", "data-dictionary"),
        Variant(
            C.MODERATE,
            "Build a data dictionary for everything stored in the {datastore}",
            "Cover every field, who writes and reads it, retention, nullability and known data quality issues; ask "
            "the owning teams where the code is unclear and publish it on the docs site.",
        ),
    ),
    Seed(
        "Spike: Polars vs pandas for the daily aggregation job",
        "The job takes 50 minutes and 60 GB RAM on pandas 2.1. Port the three heaviest steps to Polars in a "
        "notebook, compare runtime and peak memory on a full day of data and note API gaps.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("polars", "pandas", "benchmark"),
        Variant(
            C.COMPLEX,
            "Evaluate Polars, DuckDB and Spark for all of our batch analytics jobs",
            "About twenty jobs run on pandas with growing memory problems. Benchmark representative workloads on each "
            "engine, weigh team skills, ops cost and migration effort, and write a recommendation report.",
        ),
    ),
    Seed(
        "jupyter kernel dies loading parquet",
        "Reading events_2024.parquet in the shared JupyterHub kills the kernel. Check the file size, row groups "
        "and the pod memory limit, and explain what is happening.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("jupyter", "parquet", "out-of-memory"),
        Variant(
            C.MODERATE,
            "Find out why notebooks on JupyterHub keep crashing with large datasets",
            "Several analysts lose kernels every day. Collect crash events, memory limits per profile and dataset "
            "sizes, reproduce two cases and write a short report of causes and options.",
        ),
    ),
    Seed(
        "How do other teams evaluate LLM-based classifiers before shipping?",
        "We are about to ship an intent classifier and only have accuracy on a held-out set. Survey evaluation "
        "practices such as calibration, slice metrics, drift monitoring and human review, and summarise what "
        "applies to us.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("llm", "model-evaluation", "best-practices"),
        Variant(
            C.SIMPLE,
            "What is expected calibration error and how is it computed?",
            "Write a short explainer with the formula and a small worked example for the wiki page on classifier "
            "metrics.",
        ),
    ),
    Seed(
        "Update the {component} README with the current setup steps",
        "The README still references the old install script and a removed config flag. Follow it on a fresh "
        "machine, note where it breaks and rewrite the setup section to match reality.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("readme", "setup", "documentation"),
        Variant(
            C.MODERATE,
            "Rewrite the onboarding docs for the {component} end to end",
            "New hires need two days to become productive with it. Interview two recent joiners, cover setup, an "
            "architecture overview, debugging and common tasks, and replace the scattered wiki pages with one guide.",
        ),
    ),
    Seed(
        "Epic: catalogue every ML model in production and the data it depends on",
        "Nobody knows how many models are live; there are at least 30 across 6 teams. Record each model's owner, "
        "training data sources, features, retraining cadence and monitoring, and document lineage gaps.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("model-inventory", "data-lineage", "mlops"),
        Variant(
            C.MODERATE,
            "List the models behind the fraud team's SageMaker endpoints and their training data",
            "Go through the endpoint configs and model registry entries and record owner, version, training dataset "
            "and last retrain date for each in a spreadsheet.",
        ),
    ),
    Seed(
        "Can someone explain why our A/B test result flips when we change the analysis window?",
        "The checkout experiment is significant at 14 days and not at 21. Examine novelty effects, peeking, sample "
        "ratio mismatch and weekday mix, and write up what is going on.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("ab-testing", "statistics", "experimentation"),
        Variant(
            C.COMPLEX,
            "How reliable were the conclusions of our last 40 A/B tests?",
            "Several wins did not hold after launch. Re-analyse the experiments for peeking, SRM, multiple "
            "comparisons and novelty effects, quantify how many conclusions change and report the systemic problems.",
        ),
    ),
    Seed(
        "Wie viele Nullwerte hat die Spalte revenue im Q3-Export?",
        "Finance says the Q3 totals look low. Count nulls and zeros in the revenue column of the export, break them "
        "down by region and post the numbers in the thread.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("data-quality", "null-values", "finance-report"),
        Variant(
            C.MODERATE,
            "Herausfinden, warum im Q3-Umsatzexport Werte fehlen",
            "Trace the missing revenue values back through the ETL stages, identify at which step and for which "
            "sources they are lost, and write up the cause with examples.",
        ),
    ),
    Seed(
        "Gather data on how often the {component} fails and why",
        "We have anecdotes but no numbers. Pull failure events from the last 90 days of logs and alerts, classify "
        "them by cause and present counts and trends in a short report.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("reliability", "failure-analysis", "metrics"),
        Variant(
            C.SIMPLE,
            "How many times did the {component} fail last week?",
            "Count failure events in the logs for the last seven days and note the most frequent error message.",
        ),
    ),
    Seed(
        "GPU utilisation on the training cluster is only 38%, where is the time going?",
        "Profile representative jobs on the 64-node cluster, examine data loading, NCCL communication, scheduler "
        "packing and checkpointing, and produce a report of bottlenecks ranked by wasted GPU hours.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("gpu-utilization", "distributed-training", "profiling"),
        Variant(
            C.MODERATE,
            "Profile the data loader of the vision training job to see why GPUs sit idle",
            "nvidia-smi shows 40% utilisation. Use the PyTorch profiler to measure time spent in decoding, "
            "augmentation and host-to-device copies and report the bottleneck.",
        ),
    ),
    Seed(
        "Where does the days_since_signup feature come from?",
        "It shows up as the top SHAP feature but nobody is sure how it is computed. Trace it through the feature "
        "repo and write a one-paragraph explanation with the source file.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("feature-lineage", "explainability"),
        Variant(
            C.MODERATE,
            "Document lineage for the top 25 features of the churn model",
            "Trace each feature from raw tables through transformations to the feature store, note owners and refresh "
            "cadence, and publish a lineage page.",
        ),
    ),
    # ------------------------------------------------------------------ Mobile
    Seed(
        "What's the minimum iOS version for SwiftUI NavigationStack?",
        "Product asks whether we can adopt NavigationStack while still supporting iOS 15. Check API availability "
        "and give the share of our users below iOS 16 from analytics.",
        C.SIMPLE,
        D.MOBILE,
        ("swiftui", "ios", "os-support"),
        Variant(
            C.MODERATE,
            "Research what raising our minimum iOS version to 16 would involve",
            "Gather user share per OS version, list APIs we could adopt, third-party SDKs that are affected and App "
            "Store implications, and summarise the findings in a doc.",
        ),
    ),
    Seed(
        "Startup of the {component} takes 4s on {platform} - find out why",
        "Field data flags slow startup against our 1.5s target. Trace startup, break down initialisation, "
        "dependency setup and time to first useful output, and report the largest contributors without changing "
        "code.",
        C.MODERATE,
        D.MOBILE,
        ("startup-time", "performance", "tracing"),
        Variant(
            C.SIMPLE,
            "Measure startup time of the {component} on {platform}",
            "Run the existing startup benchmark five times on the reference setup and record the median in the perf "
            "sheet.",
        ),
    ),
    Seed(
        "How does the {component} behave on {platform} when things go wrong? Need it written down",
        "Support tickets describe confusing behaviour after failures. Trigger timeouts, dependency outages and bad "
        "input, record what users and logs show in each case, and write it up for support.",
        C.MODERATE,
        D.MOBILE,
        ("error-handling", "failure-modes", "documentation"),
        Variant(
            C.SIMPLE,
            "Write down what the {component} does when a request times out",
            "Trigger one timeout in a dev build, capture the log lines and the user-visible result, and add a short "
            "note to the troubleshooting doc.",
        ),
    ),
    Seed(
        "[iOS] crash in background sync since 2.8.0, need root cause",
        "Crashlytics shows EXC_BAD_ACCESS in SyncManager.flush for 0.4% of sessions. Symbolicate the reports, "
        "correlate with OS versions and app state, and document the root cause; the fix is a separate ticket.",
        C.MODERATE,
        D.MOBILE,
        ("crash-analysis", "crashlytics", "ios"),
        Variant(
            C.COMPLEX,
            "Investigate the crash-free session drop on iOS and Android since the 2.8 release train",
            "Crash-free sessions fell from 99.7% to 98.9% on both platforms. Cluster crash signatures, correlate with "
            "SDK bumps, OS versions and feature flags, and write a cross-platform root-cause report.",
        ),
    ),
    Seed(
        "Does Flutter's Image.network cache images on disk?",
        "We want to know whether we need cached_network_image. Check the Flutter docs and source and answer "
        "whether caching is in-memory only, with a link.",
        C.SIMPLE,
        D.MOBILE,
        ("flutter", "image-caching"),
        Variant(
            C.MODERATE,
            "Compare image caching packages for the Flutter app",
            "Evaluate cached_network_image, extended_image and flutter_cache_manager for disk cache control, memory "
            "use, placeholders and maintenance activity, and write a comparison.",
        ),
    ),
    Seed(
        "Battery drain complaints spike after every release - dig into it across both apps",
        "Reviews mentioning battery jumped after each of the last three releases. Analyse Android vitals, MetricKit "
        "energy reports, wakelocks, location and background task usage across versions, and write a detailed report.",
        C.COMPLEX,
        D.MOBILE,
        ("battery", "energy-profiling", "background-tasks"),
        Variant(
            C.MODERATE,
            "Profile battery usage of location tracking on Android",
            "Use Battery Historian and the Energy Profiler during a two-hour ride simulation and document how often "
            "GPS and wakelocks fire and what each costs.",
        ),
    ),
    Seed(
        "List the permissions the {component} requests and why",
        "Reviewers asked us to justify each one. Find every permission in the code and manifests, note where it is "
        "used and write a one-line reason for each in the docs.",
        C.SIMPLE,
        D.MOBILE,
        ("permissions", "privacy", "documentation"),
        Variant(
            C.MODERATE,
            "Inventory permissions used by the {component} and its third-party SDKs",
            "Include permissions pulled in transitively by SDKs, check where each is actually exercised at runtime, "
            "flag unused ones and write a report for the privacy review.",
        ),
    ),
    Seed(
        "Por que o app Android demora tanto para abrir a tela de pedidos?",
        "The orders screen takes 3-5 seconds on mid-range devices. Trace the Room queries, Compose recomposition "
        "counts and network calls on open, and report what dominates.",
        C.MODERATE,
        D.MOBILE,
        ("android", "jetpack-compose", "screen-load-time"),
        Variant(
            C.SIMPLE,
            "Quanto tempo a tela de pedidos leva para carregar num Moto G?",
            "Measure time to first content on the orders screen five times on a Moto G Power and note the median in "
            "the ticket.",
        ),
    ),
    Seed(
        "React Native 0.74 upgrade notes - what breaks for us?",
        "Read the upgrade helper diff and the release notes from 0.72 to 0.74 and list the changes that touch our "
        "native modules and Metro config.",
        C.SIMPLE,
        D.MOBILE,
        ("react-native", "upgrade", "release-notes"),
        Variant(
            C.MODERATE,
            "Assess the impact of moving to React Native 0.74 with the new architecture enabled",
            "Check every native module and third-party library for Fabric and TurboModules support, build the app on "
            "a branch to collect breakages and write an impact report with effort estimates.",
        ),
    ),
    Seed(
        "Pull field performance data for the {component} on {platform}",
        "Lab numbers look fine but users complain. Pull field data for the last 30 days, break it down by device "
        "tier, OS version and region, and summarise where it underperforms.",
        C.MODERATE,
        D.MOBILE,
        ("field-data", "performance", "analytics"),
        Variant(
            C.COMPLEX,
            "Build a complete picture of real-world performance for the {component} on every platform we ship",
            "Combine RUM, vitals, crash and support data across all platforms, identify the segments with the worst "
            "experience and their likely causes, and present a report to leadership.",
        ),
    ),
    Seed(
        "push notifications not arriving on Xiaomi",
        "Users on MIUI 14 report missing FCM pushes when the app is in the background. Check known MIUI "
        "battery-saver behaviour and the FCM priority docs and summarise the likely cause.",
        C.SIMPLE,
        D.MOBILE,
        ("push-notifications", "fcm", "android-oem"),
        Variant(
            C.MODERATE,
            "Investigate push notification delivery rates by device manufacturer",
            "Join FCM delivery receipts with device metadata for 30 days, find which OEMs and OS versions lose "
            "messages and document the known vendor restrictions for each.",
        ),
    ),
    # ------------------------------------------------------------------ DevOps
    Seed(
        "What version of {framework} is deployed where?",
        "We need this before planning upgrades. Check dev, staging and prod, record the exact version in each and "
        "note any environment that is behind.",
        C.SIMPLE,
        D.DEVOPS,
        ("version-inventory", "environments"),
        Variant(
            C.MODERATE,
            "Inventory {framework} versions across environments and list the upgrade blockers",
            "Record versions everywhere, read upstream release notes up to the current release and document the "
            "deprecated features we still rely on and which teams own them.",
        ),
    ),
    Seed(
        "Why did the Terraform plan for prod suddenly show 140 changes?",
        "Nobody merged infra changes, yet the plan wants to modify tags and IAM policies. Check provider version "
        "changes, drift from console edits and default_tags, and write up where each diff comes from.",
        C.MODERATE,
        D.DEVOPS,
        ("terraform", "drift", "aws-provider"),
        Variant(
            C.SIMPLE,
            "Which AWS provider version did the prod Terraform workspace resolve?",
            "Look at .terraform.lock.hcl and the last apply log, and note the provider version and when it changed.",
        ),
    ),
    Seed(
        "Node pool upgrades keep causing partial outages - need a proper analysis",
        "Each monthly GKE node upgrade causes 5-10 minutes of 5xx spikes in several services. Correlate "
        "PodDisruptionBudgets, readiness probes, preStop hooks and connection draining across services and write a "
        "postmortem-style analysis.",
        C.COMPLEX,
        D.DEVOPS,
        ("kubernetes", "node-upgrades", "graceful-shutdown"),
        Variant(
            C.MODERATE,
            "Find out why the checkout service drops requests during node drains",
            "Reproduce a drain in staging, capture pod termination timelines and load balancer logs, and document "
            "where in-flight requests are lost.",
        ),
    ),
    Seed(
        "chore(ci): document what each GitHub Actions workflow does",
        "There are 23 workflows in .github/workflows and half have no description. Add a table to CONTRIBUTING.md "
        "with the trigger, purpose and owner of each.",
        C.SIMPLE,
        D.DEVOPS,
        ("github-actions", "ci", "documentation"),
        Variant(
            C.MODERATE,
            "docs(ci): write a CI/CD handbook covering workflows, secrets, runners and the release flow",
            "Explain how a change goes from PR to production, which runners and secrets each workflow uses, how "
            "caches work and how to debug the common failures.",
        ),
    ),
    Seed(
        "Can you dig into why the {component} fails intermittently?",
        "About one run in ten fails, with different errors each time. Collect the last 50 failures, group them by "
        "error signature and timing, and report which are infrastructure flakes and which are real bugs.",
        C.MODERATE,
        D.DEVOPS,
        ("flakiness", "failure-analysis", "triage"),
        Variant(
            C.SIMPLE,
            "What are the most common errors from the {component} this week?",
            "Pull the error messages from the last seven days of runs and list the top five with counts.",
        ),
    ),
    Seed(
        "Analyse our cloud cost growth over the last year across all accounts",
        "Spend grew 70% while traffic grew 20%. Break costs down by account, service, team and environment, "
        "identify the biggest drivers like data transfer, idle capacity and logging, and write a report with "
        "savings estimates.",
        C.COMPLEX,
        D.DEVOPS,
        ("cloud-cost", "finops", "aws"),
        Variant(
            C.SIMPLE,
            "How much are we paying for NAT gateway traffic?",
            "The AWS bill shows a spike under EC2-Other. Use Cost Explorer to break down NAT gateway data processing "
            "by VPC for last month and post the numbers.",
        ),
    ),
    Seed(
        "Compare how we deploy to {platform} with the vendor's recommended practices",
        "Our deploy process grew organically. Read the official best-practice guides, compare them with our "
        "scripts and settings, and list the gaps with a short explanation of the risk each carries.",
        C.MODERATE,
        D.DEVOPS,
        ("deployment", "best-practices", "gap-analysis"),
        Variant(
            C.COMPLEX,
            "Survey the deployment practices of every team shipping to {platform}",
            "Seven teams each have their own scripts and conventions. Interview owners, collect configs and incident "
            "history, compare them with vendor guidance and industry practice, and publish a landscape report.",
        ),
    ),
    Seed(
        "What's the difference between helm upgrade --atomic and --wait?",
        "We keep mixing them up in the release script. Summarise what each flag does and how they interact on "
        "failure, and add the explanation to our Helm runbook.",
        C.SIMPLE,
        D.DEVOPS,
        ("helm", "rollback", "runbook"),
        Variant(
            C.MODERATE,
            "Document how our Helm releases get rolled back when an upgrade fails",
            "Trace what happens on failed upgrades for each of our charts, including hooks, timeouts and atomic flags, "
            "and write a runbook page with examples from recent failed releases.",
        ),
    ),
    Seed(
        "Prometheus memory keeps climbing - which metrics are exploding?",
        "Prometheus OOMs every few days at 64 GB. Use TSDB status and cardinality queries to find the "
        "highest-cardinality metrics and labels, identify the services emitting them and write a report.",
        C.MODERATE,
        D.DEVOPS,
        ("prometheus", "cardinality", "observability"),
        Variant(
            C.COMPLEX,
            "Investigate metrics cardinality growth across all Prometheus and Thanos deployments",
            "Observability costs tripled this year across 8 clusters. Quantify series growth by team, metric and "
            "label, identify systemic causes like per-request labels and unbounded IDs, and write an org-wide report.",
        ),
    ),
    Seed(
        "Epic: document our disaster recovery posture as it exists today",
        "Auditors want RPO and RTO per system and nobody has a single view. Inventory backups, replication, "
        "runbooks and the last restore test for all 40 services, and write a gap analysis without designing a "
        "new plan.",
        C.COMPLEX,
        D.DEVOPS,
        ("disaster-recovery", "backups", "rpo-rto"),
        Variant(
            C.MODERATE,
            "Document backup and restore procedures for the billing services",
            "Find how each of the four billing services is backed up, where backups live and when a restore was last "
            "tested, and write the procedure up as a runbook.",
        ),
    ),
    Seed(
        "docker build cache not reused",
        "Every CI build reinstalls npm packages even when package-lock.json has not changed. Inspect the "
        "Dockerfile layer order and the buildx cache settings and explain why the cache misses.",
        C.SIMPLE,
        D.DEVOPS,
        ("docker", "build-cache", "ci"),
        Variant(
            C.MODERATE,
            "Investigate why Docker image builds are slow across our CI pipelines",
            "Builds average 14 minutes. Analyse layer caching, base image pulls, build context size and runner disk "
            "for the ten busiest repos, and report the main causes.",
        ),
    ),
    Seed(
        "How long would it really take to restore the {datastore} from backup?",
        "Our documented RTO is one hour but it has never been tested. Run a restore into an isolated environment, "
        "time each step, note manual interventions and document the real numbers and surprises.",
        C.MODERATE,
        D.DEVOPS,
        ("backup-restore", "rto", "disaster-recovery"),
        Variant(
            C.SIMPLE,
            "When was the {datastore} last backed up successfully?",
            "Check the backup job history and the storage listing, and post the timestamp and size of the latest "
            "good backup.",
        ),
    ),
    Seed(
        "Why are deploy times to {platform} so different across our 60 services?",
        "Some services deploy in 4 minutes, others in 50. Collect pipeline timings, artifact sizes, test stages, "
        "rollout strategies and approval gates for every service, find the structural causes and write a "
        "cross-team report.",
        C.COMPLEX,
        D.DEVOPS,
        ("deploy-time", "pipelines", "developer-productivity"),
        Variant(
            C.MODERATE,
            "Break down where time goes in the payments service deploy pipeline",
            "Take the last 30 deploys, split the duration into build, test, image push, rollout and manual approval, "
            "and summarise the biggest contributors.",
        ),
    ),
    Seed(
        "Check if our EKS 1.27 clusters use any APIs removed in 1.29",
        "Run pluto or kubent against the live clusters and Helm releases and list any deprecated or removed APIs "
        "still in use, with the owning namespace.",
        C.SIMPLE,
        D.DEVOPS,
        ("kubernetes", "eks", "deprecated-apis"),
        Variant(
            C.MODERATE,
            "Prepare an upgrade readiness report for moving EKS from 1.27 to 1.29",
            "Cover removed APIs, add-on and CNI compatibility, node AMI changes and known issues from the release "
            "notes, listing the affected workloads and their owners.",
        ),
    ),
    # ------------------------------------------------------------------ Security
    Seed(
        "Write a short explainer of how the {component} works end to end",
        "New on-call engineers struggle during incidents involving it. Read the code and config, describe the flow "
        "step by step with a simple sequence diagram and link the key files.",
        C.SIMPLE,
        D.SECURITY,
        ("explainer", "sequence-diagram", "onboarding"),
        Variant(
            C.MODERATE,
            "Produce an internals guide for the {component} including its failure modes",
            "Cover every code path, external dependency and configuration option, the failure modes seen in past "
            "incidents and how to debug each, and have the owning team review it.",
        ),
    ),
    Seed(
        "How do other companies handle refresh token rotation for mobile clients?",
        "We issue 90-day refresh tokens without rotation. Read the OAuth 2.0 Security BCP and how Auth0, Okta and "
        "Google handle rotation and reuse detection, and summarise the options with trade-offs.",
        C.MODERATE,
        D.SECURITY,
        ("oauth", "refresh-tokens", "best-practices"),
        Variant(
            C.SIMPLE,
            "What does the OAuth 2.0 Security BCP recommend for refresh tokens?",
            "Summarise the relevant section in a few bullet points with a link, for the discussion in the auth "
            "channel.",
        ),
    ),
    Seed(
        "Argon2id vs bcrypt - what's actually the difference?",
        "Someone asked in #backend why the new service uses Argon2id. Write a short explainer covering memory "
        "hardness, OWASP recommended parameters and compatibility with our existing bcrypt hashes.",
        C.SIMPLE,
        D.SECURITY,
        ("password-hashing", "argon2", "bcrypt"),
        Variant(
            C.MODERATE,
            "Benchmark Argon2id parameter choices on our login servers",
            "Measure hash time and memory for several memory and iteration settings on the production instance type "
            "under concurrent logins, and document which settings stay under 250 ms.",
        ),
    ),
    Seed(
        "Catalogue where {framework} is used across our services",
        "We need an accurate picture before the next upgrade. Search repos, container images and infra configs, "
        "list each service with its version and how it is integrated, and record owners in a spreadsheet.",
        C.MODERATE,
        D.SECURITY,
        ("dependency-inventory", "ownership"),
        Variant(
            C.COMPLEX,
            "Build an org-wide inventory of {framework} usage, versions and ownership",
            "Cover 300 repositories, container images, vendored copies and infrastructure, reconcile the findings "
            "with our SBOMs, identify orphaned usages with no owner and publish a living report.",
        ),
    ),
    Seed(
        "Gather a year of authentication incident data and analyse the patterns",
        "We had 14 auth-related incidents across SSO, API keys and service tokens. Pull postmortems, logs and "
        "tickets, classify root causes and contributing factors by team and system, and write a trend analysis.",
        C.COMPLEX,
        D.SECURITY,
        ("incident-analysis", "authentication", "postmortems"),
        Variant(
            C.MODERATE,
            "Summarise the five SSO-related incidents from last quarter",
            "Read the postmortems, extract timelines, root causes and follow-ups, and put them into one summary "
            "document with the common themes.",
        ),
    ),
    Seed(
        "Write up why we picked {framework}; the original decision isn't documented anywhere",
        "New joiners keep asking. Dig through old tickets, chat history and the initial PRs and write a short "
        "ADR-style summary of the context, the alternatives considered and the reasons.",
        C.SIMPLE,
        D.SECURITY,
        ("adr", "decision-history", "documentation"),
        Variant(
            C.MODERATE,
            "Reconstruct the decision history behind our {framework} setup and how it evolved",
            "Trace the original choice and every major change since, such as version jumps, config overhauls and "
            "workarounds, using PRs, incidents and interviews, and document the reasoning at each step.",
        ),
    ),
    Seed(
        "Spike: what would passkey support require for our login?",
        "Product wants passkeys next year. Research WebAuthn Level 3, platform support on iOS, Android and the main "
        "browsers, what Keycloak 24 supports and what account recovery looks like, and summarise the findings.",
        C.MODERATE,
        D.SECURITY,
        ("passkeys", "webauthn", "keycloak"),
        Variant(
            C.SIMPLE,
            "Does Keycloak 24 support passkeys out of the box?",
            "Check the release notes and docs and reply with what is supported and which feature flags are needed.",
        ),
    ),
    Seed(
        "Summarise the {framework} security advisories from the past year",
        "We need a quick overview for the quarterly risk meeting. List each advisory, the affected versions and "
        "whether our pinned version was affected, in a short table.",
        C.SIMPLE,
        D.SECURITY,
        ("security-advisories", "dependency-tracking"),
        Variant(
            C.MODERATE,
            "Analyse how {framework} advisories over the past three years affected us",
            "For each advisory, determine whether our versions were affected, how long we stayed exposed and how the "
            "upgrade was handled, and summarise the patterns in our patch latency.",
        ),
    ),
    Seed(
        "Comment nos services s'authentifient-ils entre eux ? Il faut une cartographie complète",
        "Service-to-service auth mixes mTLS, static API keys and JWTs across 50 services. Map every call path and "
        "the mechanism it uses, who issues credentials and how they rotate, and write the findings in English.",
        C.COMPLEX,
        D.SECURITY,
        ("service-to-service-auth", "mtls", "mapping"),
        Variant(
            C.MODERATE,
            "Cartographier l'authentification des appels internes du domaine paiements",
            "Cover the six payments services: for each internal call record the auth mechanism, credential source "
            "and rotation, and publish a diagram with notes.",
        ),
    ),
    Seed(
        "I need a summary of what the SOC 2 auditors will ask about our logging",
        "Gather last year's auditor requests, map them to what our logging stack actually records and retains, and "
        "write a brief explaining where each piece of evidence lives.",
        C.MODERATE,
        D.SECURITY,
        ("soc2", "audit-logging", "compliance-evidence"),
        Variant(
            C.COMPLEX,
            "Document logging evidence for every SOC 2 control across all production systems",
            "Map each of the 60 controls that need log evidence to the systems, pipelines and retention settings that "
            "produce it, interview owners where unclear and compile an evidence guide for the auditors.",
        ),
    ),
    # ------------------------------------------------------------------ Database
    Seed(
        "What does idle_in_transaction_session_timeout default to on RDS?",
        "We saw sessions idle in transaction for hours. Check the Postgres 15 docs and our RDS parameter group and "
        "report the default and the current value.",
        C.SIMPLE,
        D.DATABASE,
        ("postgres", "rds", "configuration"),
        Variant(
            C.MODERATE,
            "Investigate long-running idle-in-transaction sessions on the orders database",
            "Sample pg_stat_activity over a week, correlate with application logs to find which services leave "
            "transactions open, and document the patterns and their impact on vacuum.",
        ),
    ),
    Seed(
        "Find out why queries against the {datastore} got slower this month",
        "Median latency doubled with no deploys touching it. Compare query plans, data and index growth, cache hit "
        "rates and maintenance stats over time, and report the causes with evidence.",
        C.MODERATE,
        D.DATABASE,
        ("query-latency", "regression", "query-plans"),
        Variant(
            C.COMPLEX,
            "Investigate query latency regressions across every database cluster the platform team runs",
            "Four clusters got slower this quarter with different symptoms. Compare plans, growth, configuration "
            "drift and hardware across them, look for shared causes and document a fleet-level analysis.",
        ),
    ),
    Seed(
        "Research what moving the monolith from MySQL 5.7 to Postgres 16 would involve",
        "We want an evidence-based picture before anyone commits. Inventory MySQL-specific SQL, collations, stored "
        "procedures, replication use and ORM quirks across 400 tables, estimate effort and risks, and write a "
        "report.",
        C.COMPLEX,
        D.DATABASE,
        ("mysql", "postgres", "migration-assessment"),
        Variant(
            C.MODERATE,
            "List the MySQL-specific SQL used in the billing module",
            "Scan the billing queries for MySQL-only syntax like ON DUPLICATE KEY, backticks and implicit casts, and "
            "document each occurrence with its Postgres equivalent.",
        ),
    ),
    Seed(
        "Why is this query doing a seq scan?",
        "A SELECT on events filtered by account_id and created_at ignores idx_events_account_created. Run EXPLAIN "
        "(ANALYZE, BUFFERS), check statistics and data types, and explain in the ticket why the planner chose it.",
        C.SIMPLE,
        D.DATABASE,
        ("query-planner", "indexes", "explain-analyze"),
        Variant(
            C.MODERATE,
            "Investigate planner misestimates on the events table",
            "Several queries get bad plans since the table passed 500M rows. Compare estimated and actual rows, check "
            "statistics targets, correlated columns and partition pruning, and write up the findings.",
        ),
    ),
    Seed(
        "Compare TimescaleDB, ClickHouse and InfluxDB for our IoT metrics",
        "We ingest 200k points per second with 13 months of retention. Benchmark ingest and typical dashboard "
        "queries on a sample, compare compression, ops burden and licensing, and write a comparison doc.",
        C.MODERATE,
        D.DATABASE,
        ("time-series", "database-comparison", "benchmark"),
        Variant(
            C.SIMPLE,
            "What compression ratio does TimescaleDB get on our sensor data?",
            "Load one day of sensor readings into a hypertable, enable compression and report the size before and "
            "after.",
        ),
    ),
    Seed(
        "Document the known limitations of the {component}",
        "Engineers keep rediscovering the same edge cases. Collect them from past issues and chat threads and write "
        "a short known-limitations section in the docs.",
        C.SIMPLE,
        D.DATABASE,
        ("known-issues", "documentation"),
        Variant(
            C.MODERATE,
            "Research and document every operational gotcha of the {component} from past incidents",
            "Go through two years of incidents, tickets and chat, reproduce the unclear cases in staging and write an "
            "operational guide with symptoms, causes and workarounds.",
        ),
    ),
    Seed(
        "Replication lag spikes across the Postgres fleet",
        "Replicas on 12 clusters lag up to 10 minutes at irregular times, breaking read-after-write. Correlate WAL "
        "volume, vacuum, long queries on replicas, network and disk metrics across clusters and produce a "
        "fleet-wide root-cause analysis.",
        C.COMPLEX,
        D.DATABASE,
        ("replication-lag", "postgres", "wal"),
        Variant(
            C.MODERATE,
            "What causes the nightly replication lag on the reporting replica?",
            "Lag climbs to 6 minutes around 02:00. Check WAL generation, conflicting queries and apply rate during the "
            "window and document the cause.",
        ),
    ),
    Seed(
        "Investigate lock contention and deadlocks in the checkout databases under peak load",
        "Deadlocks and lock waits spike during sales events across four services sharing the database. Capture lock "
        "graphs, map transaction patterns per service and write a cross-team analysis of the contention sources.",
        C.COMPLEX,
        D.DATABASE,
        ("deadlocks", "lock-contention", "transactions"),
        Variant(
            C.SIMPLE,
            "deadlocks in orders table",
            "Postgres logs show about 20 deadlock errors a day involving orders and order_items. Pull the deadlock "
            "reports, identify the two statements involved and describe the lock ordering in the ticket.",
        ),
    ),
    Seed(
        "How bad is table bloat on our main Postgres cluster?",
        "Disk grows faster than data. Use pgstattuple and bloat estimation queries on the top 50 tables and indexes, "
        "correlate with autovacuum settings and write a report ranking the worst offenders and likely causes.",
        C.MODERATE,
        D.DATABASE,
        ("bloat", "autovacuum", "postgres"),
        Variant(
            C.COMPLEX,
            "Investigate storage growth and bloat across all Postgres clusters",
            "Fleet disk usage grew 60% while logical data grew 20%. Measure bloat, WAL retention, orphaned replication "
            "slots and unused indexes on all 12 clusters, and write a fleet-wide report.",
        ),
    ),
    Seed(
        "Which services read from or write to the {datastore}?",
        "Before changing retention we need the list of consumers. Search the code and access logs and post each "
        "service, whether it reads or writes, and its owner in the ticket.",
        C.SIMPLE,
        D.DATABASE,
        ("data-ownership", "access-patterns"),
        Variant(
            C.MODERATE,
            "Map all readers and writers of the {datastore} with their access patterns",
            "For each service record read and write frequency, query shapes, consistency expectations and peak times "
            "from code and access logs, and publish a dependency map.",
        ),
    ),
    Seed(
        "Benchmark UUIDv4 vs UUIDv7 vs bigint primary keys on Postgres 16",
        "Insert 100M rows into each variant and measure insert throughput, index size, page splits and range query "
        "times, then write up the results so the schema discussion has data.",
        C.MODERATE,
        D.DATABASE,
        ("primary-keys", "uuid", "benchmark"),
        Variant(
            C.SIMPLE,
            "Does Postgres 16 have a built-in UUIDv7 function?",
            "Check the docs and release notes and reply with what is available natively and which extensions "
            "provide it.",
        ),
    ),
    Seed(
        "Analyse how the {datastore} has grown and project where it will be in two years",
        "Several teams need this for capacity planning. Break down historic growth by tenant and data type, separate "
        "organic growth from retention and backfill effects, model a few scenarios and document the assumptions.",
        C.COMPLEX,
        D.DATABASE,
        ("capacity-planning", "data-growth", "forecasting"),
        Variant(
            C.MODERATE,
            "Chart monthly growth of the {datastore} over the past year",
            "Pull size metrics per month, split them by the largest segments and write a short note on the trend and "
            "any anomalies.",
        ),
    ),
    Seed(
        "MongoDB: what happens to writes during a primary stepdown?",
        "The Node.js driver logged NotWritablePrimary errors during maintenance. Explain from the docs what "
        "retryable writes cover and which of our operations would be retried.",
        C.SIMPLE,
        D.DATABASE,
        ("mongodb", "replica-set", "retryable-writes"),
        Variant(
            C.MODERATE,
            "Investigate write errors during MongoDB replica set maintenance windows",
            "Correlate driver errors from all services with stepdown events over three months, check driver versions "
            "and retryWrites settings, and document which services lose writes and why.",
        ),
    ),
    Seed(
        "Write a runbook for rolling out changes to the {component} the way we do it today",
        "How changes get rolled out lives in two people's heads. Shadow the next rollout, document the tooling, "
        "checks, rollback steps and communication, and get the runbook reviewed by both of them.",
        C.MODERATE,
        D.DATABASE,
        ("runbook", "operations", "knowledge-transfer"),
        Variant(
            C.COMPLEX,
            "Document how each team rolls out changes to its own {component} and where practices diverge",
            "Five teams run their own copies with different tooling, approvals and rollback paths. Shadow each, "
            "document the processes side by side and describe the divergences and the incidents they caused.",
        ),
    ),
    # ------------------------------------------------------------------ Api
    Seed(
        "Document the error codes returned by the {component}",
        "Integrators keep opening tickets about unexplained errors. List every error code and message it can "
        "return, when each occurs and what the caller should do.",
        C.SIMPLE,
        D.API,
        ("error-codes", "api-docs"),
        Variant(
            C.MODERATE,
            "Write an error-handling guide for the {component} and its downstream dependencies",
            "Trace how errors from each dependency surface to callers, document codes, retry semantics and "
            "idempotency, and include examples from real support tickets.",
        ),
    ),
    Seed(
        "Why do gRPC calls from the gateway to inventory time out under load?",
        "At 2k rps, 3% of calls hit DEADLINE_EXCEEDED although server p99 is 80ms. Look into HTTP/2 connection "
        "limits, load balancing over long-lived connections and keepalive settings, and report the cause.",
        C.MODERATE,
        D.API,
        ("grpc", "timeouts", "load-balancing"),
        Variant(
            C.COMPLEX,
            "Investigate cascading gRPC timeouts across the order fulfilment call graph",
            "Timeouts in one service ripple through seven others during peaks. Trace deadlines and retries along the "
            "call graph, measure retry amplification and queueing, and write a system-wide analysis.",
        ),
    ),
    Seed(
        "docs: add pagination examples to the /v2/orders reference",
        "The OpenAPI spec mentions cursor pagination but there is no example. Add request and response examples "
        "with next_cursor and explain the page size limit.",
        C.SIMPLE,
        D.API,
        ("pagination", "openapi", "api-docs"),
        Variant(
            C.MODERATE,
            "docs: describe pagination consistently across all v2 list endpoints",
            "Check each of the 14 list endpoints for cursor or offset behaviour, limits and sorting, note the "
            "inconsistencies and update the reference with accurate examples.",
        ),
    ),
    Seed(
        "Research how Stripe, GitHub and Twilio communicate rate limits to clients",
        "Our 429 responses carry no headers and partners complain. Compare headers, retry guidance, per-endpoint "
        "limits and documentation of these APIs and the IETF RateLimit draft, and summarise.",
        C.MODERATE,
        D.API,
        ("rate-limiting", "http-headers", "api-design-survey"),
        Variant(
            C.SIMPLE,
            "What headers does the IETF RateLimit draft define?",
            "List the header names and their semantics from the current draft with a link, for the API guild thread.",
        ),
    ),
    Seed(
        "How much traffic does the {component} handle at peak?",
        "Capacity planning needs a baseline. Pull the peak rate and p95 latency from the last 30 days of metrics and "
        "post them with a link to the graph.",
        C.SIMPLE,
        D.API,
        ("traffic-analysis", "capacity-planning"),
        Variant(
            C.MODERATE,
            "Characterise the traffic profile of the {component} over a full quarter",
            "Break traffic down by client, operation, time of day and payload size, identify seasonality and "
            "outliers, and document it for capacity planning.",
        ),
    ),
    Seed(
        "RFC: inventory every consumer of the {component} before we consider sunsetting it",
        "It has been deprecated for two years but still gets 30% of traffic. Identify every consumer from logs, "
        "code search and credentials, classify them by type, usage and contractual obligations, and write an "
        "impact report.",
        C.COMPLEX,
        D.API,
        ("deprecation", "consumer-inventory", "impact-analysis"),
        Variant(
            C.MODERATE,
            "Identify which teams and partners still call the {component} and how much",
            "Use 30 days of logs and a code search to list callers, what they use and their volumes, with owner "
            "contacts.",
        ),
    ),
    Seed(
        "How much time do our {lang} services spend serialising JSON?",
        "Profiles hint at heavy serialisation in list endpoints. Profile three representative services under load, "
        "measure time and allocations in encoding and decoding, compare libraries and report.",
        C.MODERATE,
        D.API,
        ("serialization", "json", "profiling"),
        Variant(
            C.SIMPLE,
            "Which JSON library do our {lang} services use?",
            "Check the dependency manifests of each service and list the library and version in the ticket.",
        ),
    ),
    Seed(
        "Investigate why partner batch uploads fail intermittently with 413 and 504",
        "Gather a month of failed request logs, correlate them with payload sizes, gateway and Lambda limits and "
        "timeouts, and write up which limits are hit and how often.",
        C.MODERATE,
        D.API,
        ("api-gateway", "payload-limits", "timeouts"),
        Variant(
            C.SIMPLE,
            "What's the payload size limit on API Gateway REST APIs?",
            "A partner's 12 MB batch uploads fail with 413. Check the AWS API Gateway quotas and reply with the limits "
            "for REST and HTTP APIs.",
        ),
    ),
    Seed(
        "Map every downstream dependency of the {component} and how failures propagate",
        "Incidents keep surprising us with hidden dependencies. Use tracing data, code and configs to find every "
        "synchronous and asynchronous dependency, document timeouts and fallbacks, and describe how each failure "
        "would reach users.",
        C.COMPLEX,
        D.API,
        ("dependency-mapping", "failure-propagation", "tracing"),
        Variant(
            C.SIMPLE,
            "List the direct downstream calls made by the {component}",
            "Read the code and the last day of traces and post the list of services and external APIs it calls "
            "directly.",
        ),
    ),
    Seed(
        "GraphQL N+1 on the product query - how bad is it?",
        "Datadog shows around 400 SQL queries for a single product page query. Trace resolver execution, count "
        "queries per field, identify which resolvers fan out and document it; DataLoader work comes later.",
        C.MODERATE,
        D.API,
        ("graphql", "n-plus-one", "resolvers"),
        Variant(
            C.COMPLEX,
            "Investigate N+1 query patterns across the whole GraphQL schema",
            "Database load grew 3x since the GraphQL migration. Instrument resolvers across all types, quantify "
            "fan-out per operation from production traces and write a prioritised report for the three owning teams.",
        ),
    ),
    Seed(
        "OpenAPI spec out of date",
        "openapi.yaml still lists the removed /v1/carts endpoints and misses the new refund fields. Compare it "
        "against the routes in the code and update the spec to match current behaviour.",
        C.SIMPLE,
        D.API,
        ("openapi", "api-docs", "spec-drift"),
        Variant(
            C.MODERATE,
            "Reconcile the orders service OpenAPI spec with the actual behaviour of all 30 endpoints",
            "Generate a spec from code where possible, diff it against the published one, check undocumented fields "
            "against staging and produce an accurate spec plus a list of discrepancies.",
        ),
    ),
    Seed(
        "We need a write-up of how retries and idempotency work in the {component}",
        "Callers ask whether a retry can apply the same operation twice. Read the implementation and document the "
        "deduplication keys, their scope and lifetime, conflict behaviour and what a retried request returns.",
        C.MODERATE,
        D.API,
        ("idempotency", "retries", "documentation"),
        Variant(
            C.COMPLEX,
            "Investigate duplicate side effects despite idempotency keys across payments, ledger and notifications",
            "Duplicate charges happened twice this quarter. Trace how keys propagate through the gateway, queue "
            "consumers and retries in each service, identify the gaps and write a detailed analysis.",
        ),
    ),
    # ================================================================== issue-tracker style additions
    # ------------------------------------------------------------------ Web (issue-style)
    Seed(
        "[docs] SSR caching behaviour is undocumented",
        "Nobody can say which pages are cached at the edge and for how long. Read the middleware and cache-control "
        "headers for each route and write a short table in docs/caching.md.",
        C.SIMPLE,
        D.WEB,
        ("caching", "ssr", "documentation"),
        Variant(
            C.MODERATE,
            "Document edge and browser caching rules for every storefront route",
            "Cache rules live in middleware, CDN config and per-page headers. Go through all 40 routes, record TTLs, "
            "revalidation and vary headers, flag contradictions and publish a caching reference.",
        ),
    ),
    Seed(
        "i18n: ¿qué textos de la tienda siguen fijos en el código sin traducir?",
        "Translators keep finding English text in the German build. Search templates and components for user-facing "
        "literals that bypass the i18n helper and list them by file in the issue.",
        C.SIMPLE,
        D.WEB,
        ("i18n", "hard-coded-strings", "localization"),
        Variant(
            C.COMPLEX,
            "Localisation readiness of every customer-facing web app for five new locales",
            "We launch in five locales next year. For each of the six apps catalogue untranslated strings, "
            "locale-sensitive date, currency and plural formatting and RTL layout problems, and write a readiness "
            "report per app.",
        ),
    ),
    Seed(
        "docs: CONTRIBUTING still describes the old {framework} dev setup",
        "Contributors hit errors when they follow it. Walk through the steps on a clean machine and rewrite the "
        "setup section to match how the repo actually works now.",
        C.SIMPLE,
        D.WEB,
        ("contributing", "developer-setup", "docs"),
        Variant(
            C.MODERATE,
            "docs: consolidate the contributor guide from first checkout to release",
            "Setup, testing, branching and release steps are scattered over five files and half are stale. Follow "
            "each flow end to end, write down what actually works and list the gaps for maintainers.",
        ),
    ),
    Seed(
        "v5.2 regression: admin table renders slowly with 10k rows",
        "After the 5.2 release, scrolling the admin table drops to 10 fps. Profile both versions, bisect which "
        "commit introduced the slowdown and write up the cause; the fix will be a separate PR.",
        C.MODERATE,
        D.WEB,
        ("performance-regression", "bisect", "profiling"),
        Variant(
            C.SIMPLE,
            "Which release made the admin table slow?",
            "Run the existing scroll benchmark on the 5.1 and 5.2 builds and post the frame rates, so we know "
            "whether 5.2 is really the culprit.",
        ),
    ),
    Seed(
        "Proposal: collect baseline metrics for the {component} before the rewrite",
        "The rewrite has nothing to compare against. Collect latency, error rates and usage volumes over 30 days, "
        "note seasonal peaks and write them up so before and after can be compared.",
        C.MODERATE,
        D.WEB,
        ("baseline-metrics", "observability", "rewrite"),
        Variant(
            C.SIMPLE,
            "What is the current error rate of the {component}?",
            "Pull the last 30 days of error counts from the dashboards and post the rate with a link in the issue.",
        ),
    ),
    Seed(
        "Cookie banner: which third-party scripts load before consent?",
        "The privacy team suspects some tags fire early. Load each page template with a fresh profile, record every "
        "third-party request made before consent and list the script, vendor and cookies it sets.",
        C.MODERATE,
        D.WEB,
        ("privacy", "third-party-scripts", "consent"),
        Variant(
            C.COMPLEX,
            "Inventory third-party scripts and cookies across all our web properties",
            "Twelve sites each run their own tag manager container. Crawl every template, map scripts to vendors and "
            "purposes, note consent behaviour and the data sent, and produce a register for the privacy team.",
        ),
    ),
    Seed(
        "Meta: Core Web Vitals field data and causes for every public site",
        "Nine sites share a design system yet vitals vary wildly. Pull CrUX and RUM data per site and template, "
        "trace the worst INP and CLS cases to components or scripts, and publish a cross-site findings report.",
        C.COMPLEX,
        D.WEB,
        ("core-web-vitals", "rum", "performance-analysis"),
        Variant(
            C.MODERATE,
            "Collect Core Web Vitals for the five marketing site templates",
            "Pull 28 days of CrUX and RUM data for each template, note which fail the thresholds and which element "
            "or script is responsible.",
        ),
    ),
    Seed(
        "Design system: usage of each component across apps",
        "Before deprecating anything we need real numbers. Scan the 14 frontend repos for imports and props of every "
        "design-system component, note local forks and overrides, and publish a usage catalogue.",
        C.COMPLEX,
        D.WEB,
        ("design-system", "usage-analysis", "catalogue"),
        Variant(
            C.SIMPLE,
            "Where is LegacyModal still imported?",
            "Search the frontend repos and list every file that imports the old modal component in the issue.",
        ),
    ),
    # ------------------------------------------------------------------ Systems (issue-style)
    Seed(
        "allocator: arena reset semantics only explained in a code comment",
        "Users of the arena keep hitting use-after-reset bugs. Write a doc page on when arenas are reset, which "
        "handles become invalid and how to debug it.",
        C.SIMPLE,
        D.SYSTEMS,
        ("memory-allocator", "arena", "documentation"),
        Variant(
            C.MODERATE,
            "Write an internals guide for the custom allocator",
            "Cover size classes, thread caches, arena lifetimes, fragmentation behaviour and the debug hooks, with "
            "diagrams and benchmarks showing where it beats the system allocator.",
        ),
    ),
    Seed(
        "Which {lang} toolchain version does CI pin?",
        "Someone used a feature that isn't available in CI. Check the CI config and toolchain files and post the "
        "pinned version and where it is set.",
        C.SIMPLE,
        D.SYSTEMS,
        ("toolchain", "ci", "versions"),
        Variant(
            C.MODERATE,
            "Inventory {lang} toolchain versions across all repos and build images",
            "Repos pin different versions and builds break when code moves between them. Record the version in every "
            "repo, CI image and dev container, and document the spread and which features each lacks.",
        ),
    ),
    Seed(
        "rv64 CI job: 37 tests skipped without explanation",
        "Go through the skip annotations on the RISC-V job, find out why each test was disabled and list the reasons "
        "in the tracking issue.",
        C.SIMPLE,
        D.SYSTEMS,
        ("risc-v", "test-coverage", "porting"),
        Variant(
            C.MODERATE,
            "Investigate which skipped RISC-V tests still fail and why",
            "Re-enable the 37 skipped tests on the emulator and the dev board, record which now pass and root-cause "
            "the remaining failures without fixing them.",
        ),
    ),
    Seed(
        "storage: sequential write throughput drops 40% with O_DIRECT on XFS",
        "Writes fall from 2.1 to 1.3 GB/s when direct I/O is enabled. Trace with blktrace and perf, check alignment "
        "and queue depth, and explain the drop in the issue.",
        C.MODERATE,
        D.SYSTEMS,
        ("direct-io", "xfs", "storage-performance"),
        Variant(
            C.SIMPLE,
            "What alignment does O_DIRECT require on XFS?",
            "Check the man pages and XFS docs and answer with the required buffer and offset alignment for our 4Kn "
            "disks.",
        ),
    ),
    Seed(
        "Release binary grew 30% in 2.3",
        "The stripped binary went from 14 to 18 MB. Use bloaty and cargo-bloat to attribute the growth to crates and "
        "generic instantiations and post a breakdown.",
        C.MODERATE,
        D.SYSTEMS,
        ("binary-size", "bloat", "release-analysis"),
        Variant(
            C.COMPLEX,
            "Analyse binary size growth for every shipped target over two years",
            "Firmware, CLI and server builds all grew and embedded flash is nearly full. Reconstruct size history "
            "per release and target, attribute growth to dependencies, features and codegen, and write a trend "
            "report.",
        ),
    ),
    Seed(
        "Spike: per-request latency breakdown with eBPF, no code changes",
        "We want to know what bpftrace and the BCC tools can show for the proxy. Try them on a staging host, record "
        "what is visible and the measured overhead, and summarise in the issue.",
        C.MODERATE,
        D.SYSTEMS,
        ("ebpf", "observability", "spike"),
        Variant(
            C.SIMPLE,
            "Which kernel config options does bpftrace need?",
            "List the required options from the bpftrace install docs and confirm whether our 5.15 hosts have them "
            "enabled.",
        ),
    ),
    Seed(
        "Cleanup: dead code paths in the {component}",
        "Before anyone deletes anything we want evidence. Use coverage from production-like runs and call graphs to "
        "list functions never executed, noting which are feature-flagged or platform-specific.",
        C.MODERATE,
        D.SYSTEMS,
        ("dead-code", "coverage", "cleanup"),
        Variant(
            C.COMPLEX,
            "Cleanup: map unused code across the entire 900k-line codebase",
            "Combine coverage, static call graphs and symbol usage across all modules, classify candidates by "
            "confidence and owning team, and publish a catalogue teams can act on.",
        ),
    ),
    Seed(
        "Tracking: every unsafe block in the runtime",
        "There are about 1,400 unsafe blocks across 60 crates. Record the invariant each relies on, whether it has a "
        "SAFETY comment and tests, group them by pattern and report hot spots; no rewrites in scope.",
        C.COMPLEX,
        D.SYSTEMS,
        ("unsafe-rust", "catalogue", "memory-safety"),
        Variant(
            C.SIMPLE,
            "How many unsafe blocks does the net crate have?",
            "Run cargo-geiger on the net crate and post the count with file names in the tracking issue.",
        ),
    ),
    # ------------------------------------------------------------------ DataScience (issue-style)
    Seed(
        "{framework} deprecation warnings in the nightly job logs",
        "The nightly run prints dozens of deprecation warnings. Collect them from last night's log, group them by "
        "message and note which version removes each.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("deprecation-warnings", "dependency-upgrade", "logs"),
        Variant(
            C.MODERATE,
            "Assess what breaks in the nightly jobs on the next {framework} major version",
            "Run every nightly job against the next major in a sandbox, record failures and behaviour differences, "
            "and list the call sites that would need changes.",
        ),
    ),
    Seed(
        "feature store: what's the TTL on online features?",
        "Serving sometimes returns stale values. Check the feature view definitions and store config and answer with "
        "the TTL per feature group.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("feature-store", "ttl", "freshness"),
        Variant(
            C.MODERATE,
            "Measure online feature freshness during peak hours",
            "Log lookup time versus event time for the top 30 features over a week, chart the staleness distribution "
            "and document which feature groups fall behind and when.",
        ),
    ),
    Seed(
        "Modell-Drift im Betrugsmodell? Bitte Zahlen",
        "Precision seems lower since March. Compute weekly precision and recall from labelled outcomes since January "
        "and post the chart in the issue.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("model-drift", "fraud-detection", "metrics"),
        Variant(
            C.MODERATE,
            "Ursachen für den Leistungsabfall des Betrugsmodells untersuchen",
            "Break the drop down by merchant segment, channel and feature distribution shifts, compare with the "
            "training window and write up which shifts explain it.",
        ),
    ),
    Seed(
        "Notebook AUC can't be reproduced on Databricks",
        "The churn notebook gives 0.81 locally and 0.77 on the cluster with the same code. Compare library versions, "
        "seeds, data snapshots and partitioning, and document what causes the gap.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("reproducibility", "notebooks", "environment-drift"),
        Variant(
            C.SIMPLE,
            "Which pandas and scikit-learn versions does our Databricks runtime ship?",
            "Look up the release notes for the cluster's runtime version and list them next to our local lockfile "
            "versions.",
        ),
    ),
    Seed(
        "data quality: null rates in events table jumped after schema v12",
        "Dashboards show gaps since the schema change. Measure null and default-value rates per column before and "
        "after, identify which producers emit them and summarise in the issue.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("data-quality", "null-values", "schema-change"),
        Variant(
            C.COMPLEX,
            "Data quality across all event tables after the tracking SDK migration",
            "Thirty event tables changed producers and analysts report gaps everywhere. Profile nulls, duplicates "
            "and late arrivals per table and producer, trace each class of issue to its source and write a "
            "consolidated report.",
        ),
    ),
    Seed(
        "Survey: how do other teams version training datasets?",
        "We overwrite Parquet snapshots in place and can't retrain old models. Compare DVC, lakeFS, Delta time "
        "travel and plain manifests on cost, tooling and workflow fit, and write a short comparison.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("data-versioning", "lakefs", "dvc", "comparison"),
        Variant(
            C.SIMPLE,
            "How long does Delta Lake keep time travel history by default?",
            "Check the Delta docs for the default log and data file retention and reply in the thread with the "
            "settings.",
        ),
    ),
    Seed(
        "Epic: GPU spend per team and where it's wasted",
        "GPU spend doubled in six months. Break usage down by team, job type and node pool, measure idle reserved "
        "capacity, failed runs and oversized instances, and report the biggest sources of waste.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("gpu-utilisation", "cost-analysis", "ml-platform"),
        Variant(
            C.MODERATE,
            "How many GPU hours did failed training runs burn last month?",
            "Join scheduler records with job exit codes, sum GPU hours lost to failed and cancelled runs per team "
            "and post the breakdown with the top failure reasons.",
        ),
    ),
    # ------------------------------------------------------------------ Mobile (issue-style)
    Seed(
        "[Android] APK size jumped to 62 MB in 4.1",
        "Run the APK Analyzer on the 4.0 and 4.1 release builds, diff them and list the five biggest contributors to "
        "the growth in the issue.",
        C.SIMPLE,
        D.MOBILE,
        ("app-size", "apk-analyzer", "release-diff"),
        Variant(
            C.MODERATE,
            "Investigate app size growth on Android and iOS over the last ten releases",
            "Install conversion drops on low-storage devices. Attribute growth per release to assets, native "
            "libraries and SDKs on each platform and write up the trends.",
        ),
    ),
    Seed(
        "Deep links: which URL patterns actually open the app?",
        "Marketing keeps sending links that open in the browser. Read the intent filters and associated domains "
        "config and write a table of supported patterns for the marketing wiki.",
        C.SIMPLE,
        D.MOBILE,
        ("deep-links", "universal-links", "documentation"),
        Variant(
            C.MODERATE,
            "Find out why deep links fail to open the app for some users",
            "Collect failing link reports, test them across OS versions, browsers and in-app webviews, check the "
            "association files, and document each failure mode.",
        ),
    ),
    Seed(
        "Top crash on 5.0.2?",
        "Look at Crashlytics for the 5.0.2 release, note the top crash signature, affected devices and first-seen "
        "version, and paste it in the release thread.",
        C.SIMPLE,
        D.MOBILE,
        ("crashlytics", "release-health", "crash-analysis"),
        Variant(
            C.MODERATE,
            "Group the top 20 crashes of the 5.0.x line by root cause",
            "Symbolicate the top signatures, group them by underlying cause and code area, and summarise which "
            "causes account for most affected users.",
        ),
    ),
    Seed(
        "[Feature request] offline mode for the orders screen",
        "Before anyone commits to building it, find out how users actually lose connectivity there: analyse offline "
        "periods in session data, read related support tickets and summarise what breaks today.",
        C.MODERATE,
        D.MOBILE,
        ("offline-mode", "user-research", "connectivity"),
        Variant(
            C.SIMPLE,
            "How many orders screen sessions go offline?",
            "Query last month's analytics events and post the share of orders screen sessions that logged a "
            "connectivity-lost event.",
        ),
    ),
    Seed(
        "Jank in the home feed on low-end Android",
        "Frames drop on devices with 3 GB RAM. Capture Perfetto traces, count dropped frames per scroll, attribute "
        "them to image decoding, layout or GC and report the findings.",
        C.MODERATE,
        D.MOBILE,
        ("jank", "perfetto", "low-end-devices"),
        Variant(
            C.SIMPLE,
            "What share of home feed frames are slow on low-end phones?",
            "Pull slow and frozen frame rates for the home feed from Android vitals for the last 28 days and post "
            "them by device tier.",
        ),
    ),
    Seed(
        "Could you look into how mature Kotlin Multiplatform is for sharing our networking layer?",
        "Build a throwaway prototype sharing the API client between Android and iOS, note build times, Swift interop "
        "pain points, library gaps and binary size, and write up the findings.",
        C.MODERATE,
        D.MOBILE,
        ("kotlin-multiplatform", "spike", "code-sharing"),
        Variant(
            C.SIMPLE,
            "Does the Ktor client support certificate pinning on iOS?",
            "Check the Ktor docs and issue tracker and answer in the ticket with what the Darwin engine supports.",
        ),
    ),
    Seed(
        "Accessibility: screen reader experience in both apps",
        "We have no data at all. Run TalkBack and VoiceOver passes over the 25 core flows, interview five "
        "screen-reader users and document every blocker and workaround in a findings report.",
        C.COMPLEX,
        D.MOBILE,
        ("accessibility", "screen-readers", "user-research"),
        Variant(
            C.MODERATE,
            "Walk through checkout with VoiceOver and TalkBack",
            "Go through the checkout flow on both platforms with a screen reader, record each unlabelled or "
            "unreachable element and write it up with screenshots.",
        ),
    ),
    # ------------------------------------------------------------------ DevOps (issue-style)
    Seed(
        "docs: where is {framework} pinned and who bumps it?",
        "New contributors don't know where the version is set. Find every place it is pinned, describe the current "
        "update process and add it to the ops handbook.",
        C.SIMPLE,
        D.DEVOPS,
        ("version-pinning", "documentation", "dependencies"),
        Variant(
            C.MODERATE,
            "docs: how every infrastructure dependency is pinned and updated",
            "Cover tools, providers, base images and charts across all repos: where each is pinned, whether Renovate "
            "touches it and who approves bumps, and publish one reference page.",
        ),
    ),
    Seed(
        "Runner disk full on self-hosted CI",
        "Jobs fail with 'no space left on device' twice a week. Check what fills the disk between cleanups and post "
        "the top directories with their sizes.",
        C.SIMPLE,
        D.DEVOPS,
        ("ci-runners", "disk-usage", "self-hosted"),
        Variant(
            C.MODERATE,
            "Investigate resource exhaustion across the self-hosted runner fleet",
            "Disk, inode and memory exhaustion cause 8% of job failures on 40 runners. Collect usage for two weeks, "
            "correlate with job types and cleanup schedules, and report causes per runner pool.",
        ),
    ),
    Seed(
        "Terraform state bucket: who can write to it?",
        "Before the audit we need a list. Pull the IAM bindings and bucket policy and post every principal with "
        "write access and when it was granted.",
        C.SIMPLE,
        D.DEVOPS,
        ("iam", "terraform-state", "access-inventory"),
        Variant(
            C.COMPLEX,
            "Inventory who can modify production infrastructure in every cloud account",
            "Access was granted ad hoc for years across 30 AWS accounts and two GCP orgs. Enumerate human and "
            "machine principals with production write access, how they got it and last use, and write a findings "
            "report.",
        ),
    ),
    Seed(
        "k8s: pods OOMKilled after the JVM base image bump",
        "Since the new base image six services get OOMKilled under normal load. Compare container limits, JVM "
        "ergonomics and heap flags between images and document why memory usage changed.",
        C.MODERATE,
        D.DEVOPS,
        ("oomkilled", "jvm", "container-memory"),
        Variant(
            C.SIMPLE,
            "What max heap does the JVM pick in our 2 GiB containers?",
            "Run java -XX:+PrintFlagsFinal in the new base image with production limits and post MaxHeapSize in the "
            "issue.",
        ),
    ),
    Seed(
        "Inventory: everything we run on {platform} and who owns it",
        "Nobody has a complete list after two reorgs. Enumerate deployed workloads with their owners, versions and "
        "last deploy date, and publish the inventory in the ops wiki.",
        C.MODERATE,
        D.DEVOPS,
        ("inventory", "ownership", "service-catalogue"),
        Variant(
            C.SIMPLE,
            "Which workloads on {platform} have no owner?",
            "Compare what is deployed with the service catalogue and post the unowned entries in the issue.",
        ),
    ),
    Seed(
        "alerting: which alerts fired most last quarter, and were they actionable?",
        "On-call is drowning. Export alert history, count firings per rule, check how many led to action or an "
        "incident, and write up the noisiest rules with data.",
        C.MODERATE,
        D.DEVOPS,
        ("alert-fatigue", "on-call", "alert-analysis"),
        Variant(
            C.COMPLEX,
            "Alert noise and on-call load across every team's rotation",
            "Fourteen rotations each have their own rules and paging policies. Collect a year of pages, classify "
            "them by actionability, time and source, compare rotations and write an org-wide report.",
        ),
    ),
    Seed(
        "Meta: inventory all {lang} scripts run by cron in production",
        "Hundreds of scheduled jobs run on old hosts and nobody knows what they do. Find every crontab and scheduler "
        "entry and record purpose, inputs, outputs, owner and last successful run in a catalogue.",
        C.COMPLEX,
        D.DEVOPS,
        ("cron-jobs", "inventory", "legacy-scripts"),
        Variant(
            C.MODERATE,
            "Document what the cron jobs on billing-01 do",
            "Read each of the 18 crontab entries, describe what the script does, when it runs and what breaks if it "
            "stops, in a wiki page.",
        ),
    ),
    Seed(
        "incidents 2024: recurring causes?",
        "We wrote 62 postmortems this year but never looked across them. Classify root causes, triggers, detection "
        "time and action item completion, find recurring patterns by system and publish an annual analysis.",
        C.COMPLEX,
        D.DEVOPS,
        ("postmortems", "incident-analysis", "reliability"),
        Variant(
            C.SIMPLE,
            "How many 2024 postmortems still have open action items?",
            "Go through the postmortem tracker and post the count with links in the reliability channel.",
        ),
    ),
    # ------------------------------------------------------------------ Security (issue-style)
    Seed(
        "Which base images still ship xz 5.6.x?",
        "After the xz backdoor news, list every base image and its xz-utils version from the image scan data and "
        "post the table in the issue.",
        C.SIMPLE,
        D.SECURITY,
        ("cve", "base-images", "dependency-inventory"),
        Variant(
            C.MODERATE,
            "Summarise which open CVEs affect the libraries in our container images",
            "Export scanner results for all 120 images, deduplicate by library and CVE, note whether each sits in a "
            "runtime or build-only layer and write a summary ranked by exposure.",
        ),
    ),
    Seed(
        "docs: {framework} settings we run in production",
        "The settings were tuned over years and never written down. Dump the effective configuration, explain each "
        "non-default value and link the ticket that introduced it.",
        C.SIMPLE,
        D.SECURITY,
        ("configuration", "documentation", "production-settings"),
        Variant(
            C.MODERATE,
            "Trace the history of every non-default {framework} setting across environments",
            "Compare dev, staging and prod, find the commit or incident behind each deviation from defaults, and "
            "document the reason for each one.",
        ),
    ),
    Seed(
        "threat-model.md describes the pre-2023 session design",
        "Update the data flows and existing mitigations to reflect how login and sessions work today; no new threat "
        "analysis, just make the doc match what was built.",
        C.SIMPLE,
        D.SECURITY,
        ("threat-model", "documentation", "sessions"),
        Variant(
            C.COMPLEX,
            "Document the security controls actually in place across the platform",
            "Security docs cover three of twenty services. For each service record authentication, authorisation, "
            "encryption, logging and secrets handling as implemented, and assemble a platform-wide controls "
            "reference.",
        ),
    ),
    Seed(
        "Which log lines from the {component} contain personal data?",
        "Privacy asked for a list before the retention change. Sample a week of logs, find fields carrying emails, "
        "IPs or tokens, trace each to its log statement and document them.",
        C.MODERATE,
        D.SECURITY,
        ("pii", "logging", "data-inventory"),
        Variant(
            C.SIMPLE,
            "Does the {component} log IP addresses?",
            "Grep a day of its logs and the logging calls in the code and reply with examples.",
        ),
    ),
    Seed(
        "I'd like a write-up of how comparable projects sandbox third-party plugins",
        "Plugins run in-process with full access today. Survey how VS Code, Grafana, Figma and Envoy isolate "
        "extensions, what each approach costs and which escapes happened, and write a comparison.",
        C.MODERATE,
        D.SECURITY,
        ("plugin-isolation", "sandboxing", "survey"),
        Variant(
            C.SIMPLE,
            "How does Grafana isolate backend plugins?",
            "Read the plugin docs and summarise in a few lines how backend plugins are run and what they can access.",
        ),
    ),
    Seed(
        "Secrets: where does each service load its API keys from?",
        "Some services read keys from env vars, others from Vault or files. Search code and deploy configs, list "
        "each secret, how it is loaded and its rotation status in a table.",
        C.MODERATE,
        D.SECURITY,
        ("secrets-management", "inventory", "vault"),
        Variant(
            C.COMPLEX,
            "Org-wide inventory of secrets, their storage and rotation history",
            "Across 200 repos and four clouds, find every credential in use, where it is stored, who can read it and "
            "when it was last rotated, and publish a consolidated report.",
        ),
    ),
    Seed(
        "Tracking issue: all pentest findings since 2021 and what happened to them",
        "Four external pentests produced 130 findings in different formats. Normalise them, map each to the affected "
        "system, check current status in the tracker and report recurring weakness classes.",
        C.COMPLEX,
        D.SECURITY,
        ("pentest", "findings-analysis", "tracking"),
        Variant(
            C.MODERATE,
            "Summarise the 2024 pentest findings and their ticket status",
            "List the 28 findings with severity and linked ticket state in one table for the quarterly risk meeting, "
            "noting any without a ticket.",
        ),
    ),
    # ------------------------------------------------------------------ Database (issue-style)
    Seed(
        "pgbouncer pool_mode in prod?",
        "A developer wants to use prepared statements. Check the pgbouncer config on the prod hosts and answer which "
        "pool mode and pool sizes are in use.",
        C.SIMPLE,
        D.DATABASE,
        ("pgbouncer", "connection-pooling", "configuration"),
        Variant(
            C.MODERATE,
            "Investigate connection exhaustion on the orders database during batch runs",
            "Nightly batches trigger 'too many clients' errors. Correlate pool stats, application pool settings and "
            "batch schedules over two weeks and document which callers exhaust connections.",
        ),
    ),
    Seed(
        "Can you write something explaining the pg_stat_statements numbers on the perf dashboard?",
        "People confuse mean_exec_time with total_exec_time. Write a short doc page explaining each column shown and "
        "how to pick which queries to look at first.",
        C.SIMPLE,
        D.DATABASE,
        ("pg-stat-statements", "observability", "documentation"),
        Variant(
            C.MODERATE,
            "Write a slow query investigation guide for application teams",
            "Cover pg_stat_statements, EXPLAIN ANALYZE, auto_explain and lock views, with worked examples from three "
            "past incidents, so teams can diagnose slow queries without the DBAs.",
        ),
    ),
    Seed(
        "ERD in docs/db is two years out of date",
        "It still shows the legacy customers table. Regenerate the diagram from the current schema and update the "
        "descriptions of the tables that changed.",
        C.SIMPLE,
        D.DATABASE,
        ("erd", "schema-docs", "documentation"),
        Variant(
            C.MODERATE,
            "Document the billing schema with relationships and invariants",
            "Diagram the 45 billing tables, describe each relationship and write down the invariants the application "
            "relies on that the schema does not enforce.",
        ),
    ),
    Seed(
        "Spike: TimescaleDB vs ClickHouse for metrics rollups",
        "Load a week of production metrics into each, run our ten dashboard queries and rollup jobs, measure "
        "latency, storage and ingest cost, and write a comparison.",
        C.MODERATE,
        D.DATABASE,
        ("timescaledb", "clickhouse", "benchmark"),
        Variant(
            C.SIMPLE,
            "Does ClickHouse support UPDATE on MergeTree tables?",
            "Check the docs on lightweight updates and mutations and reply in the spike ticket with what works and "
            "the caveats.",
        ),
    ),
    Seed(
        "MySQL 8 upgrade: which queries change plans?",
        "Replay a day of captured production queries against 5.7 and 8.0 copies, diff EXPLAIN output and latency, "
        "and list the queries whose plans or timings changed.",
        C.MODERATE,
        D.DATABASE,
        ("mysql-upgrade", "query-plans", "regression-analysis"),
        Variant(
            C.COMPLEX,
            "Plan changes and behaviour differences for every application moving to MySQL 8",
            "Nine applications share the fleet. Replay each workload, diff plans, SQL mode and collation behaviour, "
            "and produce a per-application impact report for the owning teams.",
        ),
    ),
    Seed(
        "Which migrations took table locks this year?",
        "Several deploys caused write stalls. Go through the 140 migrations merged this year, identify those that "
        "took ACCESS EXCLUSIVE locks on large tables and record how long each blocked writes.",
        C.MODERATE,
        D.DATABASE,
        ("schema-migrations", "locking", "deploy-incidents"),
        Variant(
            C.SIMPLE,
            "Did yesterday's migration lock the orders table?",
            "Check the migration log and lock wait metrics around the deploy and answer in the incident channel.",
        ),
    ),
    Seed(
        "Epic: hot keys and tenant skew in the {datastore}",
        "A few tenants seem to dominate load. Capture a month of operations, measure request share, growth and "
        "latency impact per key and per tenant, and publish an analysis; no redesign in scope.",
        C.COMPLEX,
        D.DATABASE,
        ("hot-keys", "tenant-skew", "workload-analysis"),
        Variant(
            C.SIMPLE,
            "Which keys in the {datastore} get the most traffic?",
            "Sample a day of operations and post the top 20 keys by request count in the issue.",
        ),
    ),
    Seed(
        "Cassandra: tombstone-related read timeouts across keyspaces",
        "Timeouts appear in 9 keyspaces owned by 5 teams. Analyse tombstone counts, TTL usage, compaction strategies "
        "and query shapes per table, and write a fleet-wide report on which data models generate them.",
        C.COMPLEX,
        D.DATABASE,
        ("cassandra", "tombstones", "read-timeouts"),
        Variant(
            C.MODERATE,
            "Why do reads on the sessions table hit tombstone warnings?",
            "Check the table's TTLs, delete patterns and compaction settings, inspect SSTable metadata and document "
            "how the tombstones accumulate.",
        ),
    ),
    # ------------------------------------------------------------------ Api (issue-style)
    Seed(
        "docs: timeouts of the {component} are not documented",
        "Callers guess how long to wait. Find every timeout and retry setting it applies, with defaults and where "
        "each is configured, and add them to the reference docs.",
        C.SIMPLE,
        D.API,
        ("timeouts", "api-docs", "configuration"),
        Variant(
            C.MODERATE,
            "Document timeout and retry budgets along the call chain of the {component}",
            "Trace each hop from caller to storage, record timeouts and retries at every layer, highlight where "
            "inner timeouts exceed outer ones and publish the chain as a diagram.",
        ),
    ),
    Seed(
        "Webhook deliveries: what's our retry schedule?",
        "A partner asks how long we keep retrying failed webhooks. Read the dispatcher config and code and reply "
        "with the backoff schedule and the give-up point.",
        C.SIMPLE,
        D.API,
        ("webhooks", "retries", "partner-support"),
        Variant(
            C.MODERATE,
            "Analyse webhook delivery failures by partner over the last quarter",
            "Compute failure and retry rates per partner endpoint from delivery logs, classify errors such as "
            "timeouts, TLS and 5xx, and write up which partners lose events and why.",
        ),
    ),
    Seed(
        "Support HTTP/3 on the public API",
        "Before committing, find out what clients would gain: check client library support and CDN and load balancer "
        "capabilities, run latency tests from mobile networks and summarise the findings.",
        C.MODERATE,
        D.API,
        ("http3", "quic", "feasibility-study"),
        Variant(
            C.SIMPLE,
            "Which of our SDK HTTP clients can speak HTTP/3?",
            "Check the docs of the HTTP libraries used by the five SDKs and list which support HTTP/3 today.",
        ),
    ),
    Seed(
        "GraphQL: which fields do clients actually use?",
        "We want to deprecate fields but have no data. Use the persisted query registry and two weeks of operation "
        "logs to aggregate field usage by client and publish unused and rarely used fields.",
        C.MODERATE,
        D.API,
        ("graphql", "field-usage", "deprecation"),
        Variant(
            C.COMPLEX,
            "Schema usage census across all GraphQL subgraphs and clients",
            "Eleven subgraphs, seven teams and mobile apps pinned to old queries. Aggregate a quarter of operations "
            "per field, client version and subgraph, identify dead and legacy-only fields and publish a census per "
            "team.",
        ),
    ),
    Seed(
        "SDK: {lang} client handles errors differently from the others",
        "Users report that retries and error types don't match the other SDKs. Compare error mapping, retry rules "
        "and timeouts across all official clients and document where this one diverges.",
        C.MODERATE,
        D.API,
        ("sdk", "error-handling", "consistency"),
        Variant(
            C.SIMPLE,
            "What exception does the {lang} SDK raise on a 429?",
            "Read the client source and reply in the issue with the exception type and whether it retries "
            "automatically.",
        ),
    ),
    Seed(
        "Tracking issue: where does p99 go in the public API?",
        "p99 is 1.4s against a 500ms SLO across 60 endpoints. Use traces to split latency into gateway, auth, "
        "service, database and third-party time per endpoint, find systemic contributors and publish a report.",
        C.COMPLEX,
        D.API,
        ("latency-budget", "tracing", "slo"),
        Variant(
            C.MODERATE,
            "Break down p99 latency of the /search endpoint",
            "Take a sample of slow traces, attribute time to each span type and write up which hops dominate at p99.",
        ),
    ),
    Seed(
        "API changelog missing for v1 to v3",
        "Partners ask what changed between versions and we have no record. Diff specs, commits and release tags over "
        "three years, classify each change per endpoint as breaking or additive, and write a dated changelog.",
        C.COMPLEX,
        D.API,
        ("changelog", "api-versioning", "breaking-changes"),
        Variant(
            C.SIMPLE,
            "What changed in /users between v2 and v3?",
            "Diff the two OpenAPI files for that path and post the added, removed and renamed fields in the issue.",
        ),
    ),
)
