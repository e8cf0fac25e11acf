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
)
