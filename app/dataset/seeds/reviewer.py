"""Hand-written base tasks for the Reviewer category."""

from app.dataset.seeds._types import Seed, Variant
from app.labels import Complexity as C
from app.labels import Domain as D

SEEDS: tuple[Seed, ...] = (
    # --- Web -----------------------------------------------------------------------------------------------
    Seed(
        "Can you review my PR that adds debounce to the search box?",
        "Small change in SearchInput.tsx using lodash.debounce at 300 ms. I'm mostly unsure whether the "
        "cleanup in useEffect is right and whether the two tests I added actually prove anything.",
        C.SIMPLE,
        D.WEB,
        ("react-hooks", "debounce", "pull-request"),
        Variant(
            C.MODERATE,
            "Review the stacked search PRs: debounce, result caching and keyboard navigation",
            "Three stacked PRs touch SearchInput.tsx, the results cache hook and the listbox keyboard "
            "handling. Check hook dependencies, cache invalidation and test coverage, and whether the pieces "
            "fit together.",
        ),
    ),
    Seed(
        "Does the {component} follow our naming conventions?",
        "A first-time contributor opened a PR touching the {component}. Before a maintainer looks at it, "
        "check identifiers, file names and comments against the team style guide and list anything that "
        "deviates.",
        C.SIMPLE,
        D.WEB,
        ("naming-conventions", "style-guide", "first-contribution"),
        Variant(
            C.MODERATE,
            "Audit naming and style consistency across the {component} and everything that calls it",
            "Conventions drifted over two years of contributions. Survey identifiers, module layout, comment "
            "style and error messages in the {component} and its callers, then propose a prioritized list of "
            "cleanups.",
        ),
    ),
    Seed(
        "[Review] Next.js 14 app router migration PR for the marketing site",
        "PR #812 moves 40 pages from pages/ to app/, converts getServerSideProps to server components and "
        "changes caching behavior. Review data fetching correctness, revalidate settings and leftover "
        "client-only code.",
        C.MODERATE,
        D.WEB,
        ("nextjs", "app-router", "migration", "caching"),
        Variant(
            C.COMPLEX,
            "Review the app router migrations of all four Next.js frontends and their shared packages",
            "Four product teams are migrating their Next.js apps in parallel, sharing a layout package and a "
            "data-fetching wrapper. Review the shared pieces and each team's PRs for caching "
            "inconsistencies, duplicated patterns and rollout risks.",
        ),
    ),
    Seed(
        "Assess the maintainability of our React monorepo before we hire five more engineers",
        "Twelve packages, three state libraries (Redux, Zustand, React Query), inconsistent folder layouts "
        "and about 9k lint suppressions. We need an honest review of hotspots, coupling between packages and "
        "a ranked debt list teams can act on.",
        C.COMPLEX,
        D.WEB,
        ("tech-debt", "monorepo", "maintainability", "react"),
        Variant(
            C.MODERATE,
            "Assess maintainability of the checkout package in the React monorepo",
            "Focus only on packages/checkout: the mix of Redux and React Query, missing tests around the "
            "payment steps and its lint suppressions. Give a short ranked list of debt items with effort "
            "estimates.",
        ),
    ),
    Seed(
        "useEffect dependency warnings in Cart.tsx",
        "react-hooks/exhaustive-deps flags four effects in Cart.tsx. Go through each warning and say whether "
        "it hides a real stale-closure bug or is safe to suppress, with a one-line reason.",
        C.SIMPLE,
        D.WEB,
        ("react-hooks", "eslint", "stale-closure"),
        Variant(
            C.MODERATE,
            "Triage the 140 suppressed exhaustive-deps warnings across the storefront app",
            "The warnings were suppressed in bulk during the React 18 upgrade and span about 60 components. "
            "Classify each as a real bug or a false positive and group the follow-up fixes by owning team.",
        ),
    ),
    Seed(
        "Is our {framework} setup going to hold up when the codebase doubles?",
        "We plan to double the team and the feature count next year. Review how modules, shared state and "
        "configuration are organized around {framework} today and point out what will hurt first as it "
        "grows.",
        C.MODERATE,
        D.WEB,
        ("scalability", "code-organization", "growth"),
        Variant(
            C.COMPLEX,
            "Cross-team scalability review of every codebase built around {framework}",
            "Eight teams maintain services and apps built around {framework}, each with its own conventions. "
            "Review them for shared-state hotspots, configuration sprawl and coupling, and merge the "
            "findings into one report with risk ratings per team.",
        ),
    ),
    Seed(
        "¿Puedes revisar este PR que cambia los colores del botón principal?",
        "The PR replaces hard-coded hex colors in Button.module.css with design tokens. Check that every "
        "color maps to the right token and that hover and focus states still meet our contrast guideline.",
        C.SIMPLE,
        D.WEB,
        ("design-tokens", "css", "color-contrast"),
        Variant(
            C.MODERATE,
            "Revisar la migración de todo el kit de componentes a design tokens",
            "About 80 components in the UI kit are moving from hard-coded colors and spacing to tokens "
            "across several PRs. Review consistency, missed values, dark-mode behavior and whether visual "
            "regression snapshots cover the changes.",
        ),
    ),
    Seed(
        "Test coverage review for the DatePicker component before 2.0",
        "The coverage report says 81%, but most tests are snapshots. Review which behaviors are actually "
        "verified (keyboard navigation, time zones, min/max dates, locale formats) and list the gaps worth "
        "closing before the release.",
        C.MODERATE,
        D.WEB,
        ("test-coverage", "date-picker", "snapshot-tests"),
        Variant(
            C.SIMPLE,
            "Do the DatePicker tests cover the minDate and maxDate props at all?",
            "Someone asked this in the release channel. Look at DatePicker.test.tsx and answer with the "
            "specific cases that exist and the ones that are missing.",
        ),
    ),
    Seed(
        "Quick sanity check on the error handling in my {component} PR",
        "The diff is about 60 lines and adds error handling around two external calls. Tell me whether "
        "errors get swallowed, logged twice, or surfaced to the user with a useful message.",
        C.SIMPLE,
        D.WEB,
        ("error-handling", "pull-request", "logging"),
        Variant(
            C.MODERATE,
            "Review error handling across the {component} and the modules it calls",
            "Errors are caught at different layers with inconsistent logging and retries. Map where each "
            "failure is handled, flag swallowed errors and propose one consistent pattern for the "
            "{component}.",
        ),
    ),
    Seed(
        "Epic: storefront performance review ahead of Black Friday",
        "Review bundle composition, render hot paths, image loading and third-party scripts across the "
        "storefront, checkout and account apps. Rank findings by expected impact on LCP and INP and flag "
        "anything too risky to change before the code freeze.",
        C.COMPLEX,
        D.WEB,
        ("web-performance", "core-web-vitals", "bundle-size"),
        Variant(
            C.MODERATE,
            "Go through the bundle analyzer report for the checkout app",
            "webpack-bundle-analyzer shows 1.4 MB of JavaScript for checkout. Point out duplicated "
            "dependencies, unnecessary polyfills and good lazy-loading candidates, with estimated savings.",
        ),
    ),
    Seed(
        "a11y check for the new Modal component",
        "Modal.tsx was added in PR #455. Check focus trapping, Escape handling, aria-labelledby and focus "
        "return on close against our WCAG 2.1 AA checklist.",
        C.SIMPLE,
        D.WEB,
        ("accessibility", "wcag", "modal"),
        Variant(
            C.MODERATE,
            "Accessibility review of the whole account settings area",
            "Settings has nine pages with forms, modals and tabs. Review keyboard flow, labels, error "
            "announcements and color contrast against WCAG 2.1 AA and file findings per page with severity.",
        ),
    ),
    Seed(
        "Code review: enable TypeScript strict mode in the admin dashboard",
        "The PR turns on strict and noUncheckedIndexedAccess and fixes about 300 errors, many with non-null "
        "assertions and as-casts. Review whether the fixes are sound or just silence the compiler.",
        C.MODERATE,
        D.WEB,
        ("typescript", "strict-mode", "type-safety"),
        Variant(
            C.SIMPLE,
            "Are the non-null assertions in userTable.ts justified?",
            "Part of the strict-mode PR: userTable.ts gained eleven non-null assertions. Check each against "
            "the data flow and say which should become real null checks.",
        ),
    ),
    Seed(
        "Please review the micro-frontend RFC from the platform team",
        "The RFC proposes splitting our SPA into six Module Federation remotes with shared React singletons. "
        "Give written feedback on version-skew risks, shared state, deployment coupling and whether the "
        "claimed build-time gains hold up.",
        C.COMPLEX,
        D.WEB,
        ("micro-frontends", "module-federation", "rfc"),
        Variant(
            C.MODERATE,
            "Feedback on the shared-dependency section of the micro-frontend RFC",
            "Only section 4, which covers how React, the router and the design system are shared as "
            "singletons between remotes. Review it for version-skew and upgrade risks and suggest "
            "clarifications.",
        ),
    ),
    Seed(
        "docs: are our {lang} contributor guidelines still true to the codebase?",
        "The CONTRIBUTING guide describes folder structure, naming and test layout for {lang} code, but it "
        "was written three years ago. Compare it with how the codebase looks today, list contradictions and "
        "suggest corrected wording.",
        C.MODERATE,
        D.WEB,
        ("documentation", "contributing-guide", "conventions"),
        Variant(
            C.SIMPLE,
            "docs: review the rewritten {lang} naming section in CONTRIBUTING.md",
            "Only the naming section was rewritten in this PR. Check that it reads clearly for new "
            "contributors and matches the naming rules the linter enforces.",
        ),
    ),
    # --- Systems -------------------------------------------------------------------------------------------
    Seed(
        "Lock-free MPMC queue PR (src/queue/mpmc.rs) needs a careful review",
        "It replaces a Mutex<VecDeque> with a Vyukov-style queue built on atomics. Check memory orderings, "
        "ABA handling, the SAFETY comments on unsafe blocks and whether the loom tests really exercise "
        "contention.",
        C.MODERATE,
        D.SYSTEMS,
        ("lock-free", "atomics", "rust", "unsafe"),
        Variant(
            C.COMPLEX,
            "Review all unsafe concurrency code in the runtime crate before 1.0",
            "About 40 unsafe blocks are spread across the scheduler, queues and timer wheel. Review memory "
            "orderings, invariants and their documentation, decide which need Miri or loom coverage, and "
            "flag anything that should block a stable release.",
        ),
    ),
    Seed(
        "Are the SAFETY comments in arena.rs still accurate?",
        "Three unsafe blocks in arena.rs carry SAFETY comments from an older version of the allocator. Check "
        "each claim against the current code and flag any that no longer hold.",
        C.SIMPLE,
        D.SYSTEMS,
        ("unsafe", "rust", "code-comments"),
        Variant(
            C.MODERATE,
            "Review unsafe code and documented invariants across the allocator crate",
            "The crate has unsafe code in arena.rs, slab.rs and the size-class table. Review every unsafe "
            "block for documented invariants, missing debug assertions and test coverage, and rank the "
            "riskiest ones.",
        ),
    ),
    Seed(
        "Go through the static analysis warnings in the {component}",
        "The latest analyzer run reports 23 warnings for the {component}, mostly unused values and implicit "
        "conversions. Tell me which point at real bugs and which are noise we can suppress.",
        C.SIMPLE,
        D.SYSTEMS,
        ("static-analysis", "warnings", "triage"),
        Variant(
            C.MODERATE,
            "Triage every static analysis finding in the {component} and its dependencies",
            "Roughly 400 findings have piled up across the {component} and the libraries it pulls in. "
            "Classify them by severity, spot recurring patterns, and propose a baseline plus rules to "
            "enforce going forward.",
        ),
    ),
    Seed(
        "io_uring migration series for the storage engine, ready for review",
        "Fourteen PRs replace the epoll plus thread-pool design with io_uring for WAL writes, compaction "
        "reads and networking. Review correctness under partial completions, buffer lifetimes, fallback for "
        "older kernels and the benchmark behind the claimed 35% gain.",
        C.COMPLEX,
        D.SYSTEMS,
        ("io-uring", "storage-engine", "async-io", "linux"),
        Variant(
            C.MODERATE,
            "Review the io_uring WAL writer PR on its own",
            "Only the WAL writer from the series: it submits batched writes and fsyncs through io_uring. "
            "Check ordering guarantees between write and fsync, handling of short writes, and the tests.",
        ),
    ),
    Seed(
        "Look for dead code and unused dependencies in the {component}",
        "The {component} has been refactored several times and builds keep getting slower. Review it for "
        "unreachable functions, stale toggles and dependencies nothing imports anymore, and list what can "
        "go.",
        C.SIMPLE,
        D.SYSTEMS,
        ("dead-code", "dependencies", "cleanup"),
        Variant(
            C.MODERATE,
            "Dependency hygiene review for the {component} and the modules around it",
            "Dead code, duplicated helpers and outdated dependencies have spread beyond the {component}. "
            "Review the surrounding modules too, estimate the build-time impact and propose a cleanup order.",
        ),
    ),
    Seed(
        "Kannst du den Work-Stealing-Patch für unseren Thread-Pool reviewen?",
        "The patch adds work stealing to the C++ thread pool in scheduler/pool.cpp. Look at correctness of "
        "the deque operations, shutdown behavior and whether the benchmark numbers in the description are "
        "credible.",
        C.MODERATE,
        D.SYSTEMS,
        ("thread-pool", "work-stealing", "cpp", "concurrency"),
        Variant(
            C.SIMPLE,
            "Kurzer Blick auf die Shutdown-Logik im Thread-Pool-Patch",
            "Only the shutdown path: check that join() cannot deadlock when a worker is blocked in steal() "
            "and that pending tasks are either run or dropped as documented.",
        ),
    ),
    Seed(
        "Spike: how maintainable is our {lang} codebase after ten years?",
        "About 600k lines of {lang} across a dozen modules, written in several eras of style, with "
        "home-grown utilities and thin tests. Leadership wants a review of hotspots, risky modules and test "
        "gaps to decide where to invest next year.",
        C.COMPLEX,
        D.SYSTEMS,
        ("maintainability", "legacy-code", "tech-debt"),
        Variant(
            C.MODERATE,
            "Assess maintainability of the most-changed module in our {lang} codebase",
            "Git history shows one module takes a third of all commits and most incident fixes. Review its "
            "structure, tests and coupling, and suggest the three changes that would make it easier to work "
            "in.",
        ),
    ),
    Seed(
        "Check how the {component} handles failed writes to the {datastore}",
        "Write failures to the {datastore} are reported in two different ways and one caller ignores the "
        "result entirely. Review the write path and its callers and list every place an error can be lost.",
        C.SIMPLE,
        D.SYSTEMS,
        ("error-handling", "write-path", "error-propagation"),
        Variant(
            C.MODERATE,
            "Review error conventions everywhere the {component} reads from or writes to the {datastore}",
            "Beyond the write path, reads, retries and cleanup on shutdown all handle errors differently. "
            "Review the whole data access layer of the {component}, document the current conventions and "
            "propose one consistent approach.",
        ),
    ),
    Seed(
        "Review the {lang} port of the {component}",
        "We rewrote the {component} in {lang} to replace an older implementation. Compare behavior with the "
        "original, check the edge cases the old tests covered, and flag code that isn't idiomatic {lang}.",
        C.MODERATE,
        D.SYSTEMS,
        ("rewrite", "behavior-parity", "idiomatic-code"),
        Variant(
            C.SIMPLE,
            "Spot-check idiomatic {lang} in one file of the new {component} port",
            "Pick the largest file of the port and point out non-idiomatic constructs and naming. No "
            "behavioral review is needed for now.",
        ),
    ),
    Seed(
        "perf: {component} speedup PR claims 30%, do the benchmarks hold up?",
        "The PR claims a 30% speedup in the {component} from caching and fewer allocations. Review the "
        "benchmark setup, whether the measured workload is representative, and whether the added complexity "
        "is worth it.",
        C.MODERATE,
        D.SYSTEMS,
        ("benchmarking", "performance", "pull-request"),
        Variant(
            C.SIMPLE,
            "Is the {component} microbenchmark table in PR #318 statistically sound?",
            "Only the benchmark table: check sample counts, variance and warm-up, and say whether the "
            "reported difference is bigger than the noise.",
        ),
    ),
    Seed(
        "RFC review: replace the custom allocator with mimalloc in every service",
        "The runtime team's RFC claims 12% lower p99 latency. Review its benchmark methodology, "
        "fragmentation analysis, rollout plan across 30 services and fallback options, and reply with "
        "written feedback and open questions.",
        C.COMPLEX,
        D.SYSTEMS,
        ("memory-allocator", "mimalloc", "rfc", "latency"),
        Variant(
            C.MODERATE,
            "Review the benchmark section of the mimalloc RFC",
            "Only section 3 with the latency and RSS measurements. Check the workloads, the number of runs, "
            "the environment notes, and whether the conclusions follow from the data.",
        ),
    ),
    Seed(
        "Sensor driver patch needs review before we send it upstream",
        "The patch adds an I2C driver for our temperature sensor. Check it against kernel coding style and "
        "checkpatch.pl output, devm_ resource handling, and error paths in probe() before it goes to the "
        "list.",
        C.MODERATE,
        D.SYSTEMS,
        ("linux-kernel", "device-driver", "i2c", "upstreaming"),
        Variant(
            C.SIMPLE,
            "Summarize the checkpatch.pl warnings on the sensor driver patch",
            "checkpatch.pl reports 17 warnings. Say which ones kernel maintainers will object to and which "
            "are harmless style nits.",
        ),
    ),
    # --- DataScience ---------------------------------------------------------------------------------------
    Seed(
        "Second pair of eyes on my pandas groupby in churn_features.py",
        "The function builds 30-day rolling aggregates per customer. I'd like a review of whether the window "
        "alignment leaks future data into the features and whether the code is readable.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("pandas", "data-leakage", "feature-engineering"),
        Variant(
            C.MODERATE,
            "Review the churn feature pipeline for leakage and readability",
            "churn_features.py, labels.py and the join logic in build_dataset.py together produce the "
            "training table. Review all three for time-travel leakage, silent row drops and unclear "
            "transformations.",
        ),
    ),
    Seed(
        "I turned the demand forecasting notebook into a package, could someone review the PR?",
        "The PR splits forecast.ipynb into train.py, features.py and a CLI. Review the structure, hard-coded "
        "paths, random seeds, test coverage and whether outputs still match the notebook.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("mlops", "notebook", "reproducibility", "packaging"),
        Variant(
            C.SIMPLE,
            "Check that train.py seeds numpy, random and torch consistently",
            "Only the seeding at the top of train.py and in the DataLoader workers; confirm that runs are "
            "repeatable as configured.",
        ),
    ),
    Seed(
        "Assess reproducibility and code quality of all ML training pipelines",
        "Ahead of the model risk review, five teams maintain PyTorch and scikit-learn pipelines with "
        "different conventions. Review how data versions, seeds, configs and environments are tracked, rate "
        "each pipeline, and recommend shared standards.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("reproducibility", "ml-pipelines", "standards"),
        Variant(
            C.MODERATE,
            "Assess reproducibility of the fraud model training pipeline",
            "One pipeline only: PyTorch, config in YAML, data pulled from S3 by date. Review how data "
            "versions, seeds and dependency versions are pinned and list what prevents an exact rerun.",
        ),
    ),
    Seed(
        "Does the {component} follow our {lang} style guide?",
        "A new teammate wrote the {component}. Review it against the team's {lang} style guide and point out "
        "naming, structure and comment issues, nothing deeper.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("style-guide", "onboarding", "readability"),
        Variant(
            C.MODERATE,
            "Full review of the {component}: style, structure, tests and error handling",
            "Beyond style, check how the {component} is split into functions, what the tests cover, and how "
            "failures are reported. Separate blocking issues from suggestions so the author knows what to "
            "fix first.",
        ),
    ),
    Seed(
        "Why is test coverage of the feature store client so low, and which gaps matter?",
        "Coverage dropped to 48% after the Feast upgrade. Review the client module and its tests, identify "
        "untested behaviors that could corrupt features such as TTL handling and point-in-time joins, and "
        "suggest which tests to add first.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("test-coverage", "feature-store", "feast"),
        Variant(
            C.COMPLEX,
            "Review the test strategy of the whole ML data platform",
            "Feature store client, ingestion jobs, training data builders and the serving path each have "
            "their own ad-hoc tests. Review coverage and test types across all of them, find where silent "
            "data corruption could slip through, and propose a platform-wide testing strategy.",
        ),
    ),
    Seed(
        "review PR #1203: switch scoring from apply() to vectorized ops",
        "The PR replaces a row-wise DataFrame.apply in scoring.py with numpy vectorization. Check that "
        "results are identical, including NaN handling, and that the code is still readable.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("pandas", "vectorization", "numpy"),
        Variant(
            C.MODERATE,
            "Review the five-PR performance refactor of the scoring module",
            "The series vectorizes scoring, caches reference tables and switches the big join to Polars. "
            "Review numerical equivalence, test coverage, memory use and whether the gains justify the new "
            "dependency.",
        ),
    ),
    Seed(
        "Will the {component} hold up at 10x load? Need a review before we sign",
        "Next year's contracts bring roughly ten times today's volume. Review the {component} and what it "
        "depends on for hot paths, memory growth, contention and unbounded queues, and rank what breaks "
        "first.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("scalability", "capacity", "hot-paths"),
        Variant(
            C.MODERATE,
            "Review the slowest stage of the {component} using last week's profiler output",
            "The profile from the load test points at one stage taking 70% of the time. Review that code "
            "path, explain what makes it slow and say which changes would be worth making.",
        ),
    ),
    Seed(
        "Peux-tu relire ma fonction de nettoyage des données ?",
        "clean_transactions() in etl/clean.py drops duplicates and fills missing amounts with the median. "
        "Check whether the logic is correct, whether the median should be per merchant, and whether it is "
        "tested.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("data-cleaning", "etl", "missing-values"),
        Variant(
            C.MODERATE,
            "Relecture complète du module etl/clean.py et de ses tests",
            "The module has nine cleaning functions used by three downstream jobs. Review correctness of "
            "each transformation, consistency of null handling, test coverage and documentation of "
            "assumptions.",
        ),
    ),
    Seed(
        "Are the metrics in the churn model evaluation notebook computed correctly?",
        "The notebook reports AUC, precision@k and calibration. Review the splits, metric code and plots for "
        "mistakes such as leakage between folds or choosing the decision threshold on the test set.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("model-evaluation", "metrics", "cross-validation"),
        Variant(
            C.COMPLEX,
            "Review evaluation methodology across all production models",
            "Fourteen models in production were evaluated by different people with different splits, metrics "
            "and baselines. Review each evaluation, flag those whose reported performance can't be trusted, "
            "and propose a common evaluation standard.",
        ),
    ),
    Seed(
        "Spark configs across the daily aggregation jobs look inconsistent, please review",
        "Six daily jobs share one spark-defaults file but override executors and shuffle partitions ad hoc. "
        "Review the configs against input sizes and Spark UI stage metrics, and point out wasted resources "
        "and skewed stages.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("spark", "configuration", "partitioning"),
        Variant(
            C.SIMPLE,
            "spark-submit flags for daily_agg look off, sanity check?",
            "daily_agg runs 200 executors with 2 cores and 30g each and spark.sql.shuffle.partitions=2000 on "
            "about 80 GB of input. Are these settings reasonable?",
        ),
    ),
    Seed(
        "Technical debt review of the {component} and everything bolted onto it",
        "Built over four years by rotating teams: duplicated logic, dead experiments on main, three ways of "
        "handling configuration, and no integration tests. Evaluate the debt end to end and propose a phased "
        "cleanup with owners and effort estimates.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("tech-debt", "cleanup-plan", "legacy-code"),
        Variant(
            C.MODERATE,
            "Quick tech-debt inventory of the {component} on its own",
            "Ignore the integrations around it. List the main debt items inside the {component} itself, with "
            "rough effort and the risk of leaving each one as it is.",
        ),
    ),
    Seed(
        "Is our dbt project following best practices?",
        "About 120 models, some with SELECT *, missing tests and inconsistent naming between staging and "
        "mart layers. Review project structure, tests and docs against dbt's recommended conventions and "
        "list fixes.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("dbt", "data-modeling", "conventions"),
        Variant(
            C.SIMPLE,
            "Check the naming of the four new dbt staging models",
            "Four stg_ models were added in this PR. Check their names, source references and column naming "
            "against our convention doc.",
        ),
    ),
    # --- Mobile --------------------------------------------------------------------------------------------
    Seed(
        "Could the closures in ProfileViewModel.swift cause a retain cycle?",
        "The view model captures self strongly in two Combine sinks and one Task. Review the file and say "
        "whether anything leaks and where a weak capture is actually needed.",
        C.SIMPLE,
        D.MOBILE,
        ("swift", "memory-leak", "combine"),
        Variant(
            C.MODERATE,
            "Review memory management across the iOS profile feature",
            "The profile feature spans four view models, an image cache and a coordinator. Review ownership, "
            "capture lists, cache limits and what Instruments shows after navigating in and out twenty "
            "times.",
        ),
    ),
    Seed(
        "PR review: caching layer added in front of the {component}",
        "The PR puts a cache in front of the {component}'s slowest reads. Review invalidation rules, memory "
        "bounds, test coverage, and what happens when the cache is stale or cold.",
        C.MODERATE,
        D.MOBILE,
        ("caching", "cache-invalidation", "pull-request"),
        Variant(
            C.COMPLEX,
            "Review caching behavior of the {component} and every consumer that reads through it",
            "Several teams have added their own caches in front of the {component}, with different TTLs and "
            "invalidation rules. Review all of them for stale-data bugs, duplicated memory use and "
            "inconsistent behavior, and recommend a shared approach.",
        ),
    ),
    Seed(
        "Review the React Native to native rewrite plan and the first migrated screens",
        "The mobile team plans to rewrite the app in Kotlin and Swift over 18 months, screen by screen "
        "behind a bridge. Review the plan and the first three merged screens for code quality, business "
        "logic duplicated across platforms and migration risk.",
        C.COMPLEX,
        D.MOBILE,
        ("react-native", "rewrite", "kotlin", "swift"),
        Variant(
            C.MODERATE,
            "Compare the natively rewritten Settings screen on Android and iOS",
            "The first screen moved off React Native. Compare the Kotlin and Swift implementations for "
            "behavior parity, duplicated validation logic and test coverage.",
        ),
    ),
    Seed(
        "Check the {component} PR that adds support for {platform}",
        "Small PR: it adds a {platform} code path to the {component} behind a flag. Confirm that behavior is "
        "unchanged when the flag is off and that the new path has at least one test.",
        C.SIMPLE,
        D.MOBILE,
        ("feature-flag", "platform-support", "pull-request"),
        Variant(
            C.MODERATE,
            "Review how {platform} support is structured throughout the {component}",
            "Special cases for {platform} are now scattered through the {component}. Review how they are "
            "isolated, what is duplicated, how they are tested, and whether a cleaner abstraction is "
            "warranted.",
        ),
    ),
    Seed(
        "We're handing our Flutter app to a new agency, can you do a code quality check first?",
        "About 35k lines of Dart built by a contractor, with Provider and Bloc mixed for state management. "
        "Review structure, test coverage and lint results, and summarize what the new agency should know and "
        "fix first.",
        C.MODERATE,
        D.MOBILE,
        ("flutter", "code-quality", "handover", "state-management"),
        Variant(
            C.COMPLEX,
            "Due-diligence code review of the three mobile apps we're acquiring",
            "The target company has a Flutter app, a Swift iPad app and a Kotlin driver app. Review code "
            "quality, test coverage, dependency health and build reproducibility of each, and write a risk "
            "report for the deal team.",
        ),
    ),
    Seed(
        "Pode revisar o PR que adiciona o modo escuro no app Android?",
        "The PR adds a dark theme using Material 3 color schemes. Check that no colors are hard-coded in the "
        "layouts it touches and that the theme choice survives rotation and process death.",
        C.SIMPLE,
        D.MOBILE,
        ("android", "dark-mode", "material-design"),
        Variant(
            C.MODERATE,
            "Revisão completa do suporte a tema escuro no Android e no iOS",
            "Both apps now support dark mode, implemented separately by two teams. Review hard-coded colors, "
            "asset variants, contrast on key screens and consistency between platforms.",
        ),
    ),
    Seed(
        "Should we merge the push notification refactor or ask for changes?",
        "The PR folds FCM and APNs handling into one NotificationRouter. Review token refresh, deep-link "
        "routing, foreground versus background behavior, and whether the tests cover both platforms.",
        C.MODERATE,
        D.MOBILE,
        ("push-notifications", "fcm", "apns", "deep-links"),
        Variant(
            C.SIMPLE,
            "Check the token refresh callback in the NotificationRouter PR",
            "Just onNewToken and its iOS counterpart: confirm the new token is sent to the backend once and "
            "that failures are retried.",
        ),
    ),
    Seed(
        "Are the public functions in the {component} documented well enough?",
        "Before we publish the {component} as an internal package, check that every public function has a "
        "doc comment explaining parameters, return values and failure cases.",
        C.SIMPLE,
        D.MOBILE,
        ("documentation", "public-api", "doc-comments"),
        Variant(
            C.MODERATE,
            "Review the public surface of the {component} before other teams depend on it",
            "Check naming, what is exposed versus internal, documentation, versioning and breaking-change "
            "risk, and suggest what to hide before the {component} ships as a shared package.",
        ),
    ),
    Seed(
        "Clean builds take 25 minutes after splitting the iOS app into 120 Swift packages",
        "Launch time keeps creeping up too. Review module boundaries, dependency cycles and static versus "
        "dynamic linking choices across the packages, and rank the structural problems by impact on builds "
        "and launch.",
        C.COMPLEX,
        D.MOBILE,
        ("ios", "modularization", "build-times", "swift-packages"),
        Variant(
            C.MODERATE,
            "Review linking settings of the ten largest iOS feature packages",
            "Some feature packages are dynamic frameworks and others static. Review their Package.swift "
            "settings and say which choices slow down launch or builds.",
        ),
    ),
    Seed(
        "Please check the Info.plist changes in PR #932",
        "The PR adds camera and location usage descriptions and a new URL scheme. Check the permission "
        "strings against App Store review guidelines and our copy style.",
        C.SIMPLE,
        D.MOBILE,
        ("ios", "permissions", "app-store"),
        Variant(
            C.MODERATE,
            "Review every permission prompt and its wording in the iOS and Android apps",
            "Both apps request eight permissions between them, added over time by different teams. Review "
            "when each is requested, the wording, fallback behavior on denial and consistency across "
            "platforms.",
        ),
    ),
    Seed(
        "Room migration 7 to 8 needs review before the release branch",
        "The migration splits the messages table and backfills a new column. Review the SQL, the "
        "MigrationTestHelper test, and what happens on devices that skipped version 7.",
        C.MODERATE,
        D.MOBILE,
        ("android", "room", "schema-migration"),
        Variant(
            C.COMPLEX,
            "Review local database migration practices across the Android and iOS apps",
            "Both apps have shipped dozens of Room and Core Data migrations with uneven testing, and two "
            "recent releases corrupted data on upgrade. Review the migration history, tests and upgrade "
            "paths, and propose a shared process.",
        ),
    ),
    Seed(
        "Kotlin coroutine usage in the checkout flow looks messy, can someone review?",
        "GlobalScope launches, runBlocking inside a ViewModel and missing cancellation in three places. "
        "Review CheckoutViewModel and its repository for structured concurrency problems and testability.",
        C.MODERATE,
        D.MOBILE,
        ("kotlin", "coroutines", "structured-concurrency"),
        Variant(
            C.COMPLEX,
            "Review coroutine and threading practices across the whole Android codebase",
            "Twelve feature modules use coroutines, RxJava and raw threads in different mixes. Review "
            "dispatcher usage, cancellation, error propagation and test patterns, and propose conventions "
            "with a migration order.",
        ),
    ),
    # --- DevOps --------------------------------------------------------------------------------------------
    Seed(
        "Review the Dockerfile in PR #77",
        "The PR moves the base image to python:3.12-slim and adds a multi-stage build. Check layer ordering, "
        "cache efficiency and whether dev dependencies leak into the final image.",
        C.SIMPLE,
        D.DEVOPS,
        ("docker", "multi-stage-build", "image-size"),
        Variant(
            C.MODERATE,
            "Review all service Dockerfiles for build efficiency and consistency",
            "Eighteen services each maintain their own Dockerfile. Review base images, layer caching, image "
            "sizes and duplicated setup steps, and suggest which parts belong in a shared base image.",
        ),
    ),
    Seed(
        "terraform plan for the VPC refactor, please review before apply",
        "The plan shows 34 resources to change and 6 to destroy, including two NAT gateways. Review the "
        "module changes and plan output, look for unintended replacements and confirm state moves use moved "
        "blocks.",
        C.MODERATE,
        D.DEVOPS,
        ("terraform", "vpc", "infrastructure-as-code"),
        Variant(
            C.COMPLEX,
            "Review the Terraform codebase across all AWS accounts before the re-org",
            "Networking, IAM and service infrastructure are spread over 11 accounts, 60 root modules and "
            "three module versioning styles. Review structure, state layout, module reuse and drift, and "
            "recommend a target layout teams can migrate to.",
        ),
    ),
    Seed(
        "I need someone to go over the {component} before its owner leaves next week",
        "The only engineer who knows the {component} is leaving. Review it for unclear names, missing "
        "comments and magic values so the next owner can work in it without guessing.",
        C.SIMPLE,
        D.DEVOPS,
        ("handover", "readability", "knowledge-transfer"),
        Variant(
            C.MODERATE,
            "Handover review of the {component} plus the scripts and runbooks around it",
            "Besides the {component} itself, review the helper scripts, configuration and runbooks it "
            "depends on for undocumented behavior and risky shortcuts, and write a handover report for the "
            "new owner.",
        ),
    ),
    Seed(
        "Helm charts have drifted across all 40 services, review needed",
        "Every team copied and modified the base chart. Assess resource requests and limits, probes, "
        "PodDisruptionBudgets, label conventions and drift from the base chart, and propose a standard teams "
        "can migrate to.",
        C.COMPLEX,
        D.DEVOPS,
        ("kubernetes", "helm", "standardization"),
        Variant(
            C.MODERATE,
            "Compare the payments service Helm chart with the base chart",
            "Review what the payments team changed relative to the base chart, whether its probes and "
            "resource settings make sense, and which changes should be upstreamed.",
        ),
    ),
    Seed(
        "chore(ci): review the GitHub Actions npm cache change",
        "The workflow now caches ~/.npm keyed on the package-lock.json hash. Check the cache key, the "
        "restore-keys fallback and whether every job actually uses it.",
        C.SIMPLE,
        D.DEVOPS,
        ("github-actions", "ci-cache", "npm"),
        Variant(
            C.MODERATE,
            "Review our CI workflows for speed and duplicated steps",
            "Nine GitHub Actions workflows share copy-pasted setup steps and take 22 minutes on average. "
            "Review caching, job parallelism, reusable workflow opportunities and flaky steps, with "
            "estimated savings.",
        ),
    ),
    Seed(
        "Ansible roles for the database hosts: review idempotency and style",
        "The roles were written by three different people. Review idempotency, variable naming, handler "
        "usage and open ansible-lint findings, and report issues per role.",
        C.MODERATE,
        D.DEVOPS,
        ("ansible", "idempotency", "configuration-management"),
        Variant(
            C.SIMPLE,
            "ansible-lint output for the postgres role: which findings matter?",
            "Twelve findings, mostly no-changed-when and risky-file-permissions. Say which point at real "
            "problems and which we can skip.",
        ),
    ),
    Seed(
        "Which review misses let last month's {component} outage through?",
        "Three merged PRs to the {component} contributed to the outage. Read them, identify what a reviewer "
        "should have caught, such as missing tests or risky defaults, and write it up for the retro.",
        C.MODERATE,
        D.DEVOPS,
        ("post-incident", "review-process", "retrospective"),
        Variant(
            C.COMPLEX,
            "Review a quarter of {component} changes after three outages and tighten our review process",
            "Three outages this quarter traced back to changes in the {component}. Review all merged PRs "
            "from the quarter for missing tests, unreviewed config changes and rollback gaps, and recommend "
            "checklist and ownership changes for every team touching it.",
        ),
    ),
    Seed(
        "Is the retry logic in the {component} reasonable?",
        "The {component} retries failed calls five times with a fixed two-second delay and no jitter. Review "
        "the retry code and say whether the limits, backoff and logging are sensible.",
        C.SIMPLE,
        D.DEVOPS,
        ("retries", "backoff", "resilience"),
        Variant(
            C.MODERATE,
            "Review retry, timeout and backoff behavior throughout the {component}",
            "Retries are implemented in four different places with different limits, and some wrap each "
            "other. Map them all, point out multiplying retries and missing timeouts, and propose a single "
            "policy.",
        ),
    ),
    Seed(
        "Our Prometheus alerts are noisy and I doubt they catch real outages. Review?",
        "About 180 alert rules, many firing daily. Review them for duplicates, missing runbook links, bad "
        "thresholds and gaps against our SLOs, and propose which to delete or rewrite.",
        C.MODERATE,
        D.DEVOPS,
        ("prometheus", "alerting", "slo", "observability"),
        Variant(
            C.COMPLEX,
            "Review alerting and SLO coverage across all teams' services",
            "Each of 15 teams owns its own alert rules and dashboards, and on-call burnout is rising. Review "
            "alert quality, SLO definitions and paging policies company-wide, and propose shared standards "
            "with a rollout plan.",
        ),
    ),
    Seed(
        "Logging in the {component} is either silent or flooding, can you review it?",
        "On-call keeps complaining about the {component}'s logs. Review log levels, message wording, "
        "structured fields and missing correlation IDs, and list concrete changes.",
        C.MODERATE,
        D.DEVOPS,
        ("logging", "observability", "log-levels"),
        Variant(
            C.SIMPLE,
            "Check the log levels in the latest {component} PR",
            "The PR adds twelve new log statements. Check that each uses the right level and none of them "
            "logs full request payloads.",
        ),
    ),
    Seed(
        "Jenkins to Argo CD migration: review before we cut over",
        "Over six months, teams moved 60 services into Argo CD apps with Kustomize overlays. Review the "
        "app-of-apps layout, sync policies, secret handling, drift between environments and the cutover "
        "runbook, and list blockers.",
        C.COMPLEX,
        D.DEVOPS,
        ("argo-cd", "gitops", "jenkins", "migration"),
        Variant(
            C.MODERATE,
            "Review the Argo CD setup of the first five migrated services",
            "Check the Application manifests, Kustomize overlays and sync settings of the pilot services for "
            "mistakes and for patterns we shouldn't copy to the rest.",
        ),
    ),
    Seed(
        "Code review request: the {lang} scripts in our release tooling",
        "The release tooling grew into 15 {lang} scripts with copy-pasted logic and no tests. Review them "
        "for error handling, duplication and readability and suggest which to consolidate.",
        C.MODERATE,
        D.DEVOPS,
        ("release-tooling", "scripts", "duplication"),
        Variant(
            C.SIMPLE,
            "Review the version bump script in the release tooling",
            "One {lang} script, about 120 lines, that bumps versions and tags the repo. Check its error "
            "handling and whether it fails loudly on a dirty working tree.",
        ),
    ),
    Seed(
        "chore(deps): Dependabot bumps {framework} two minor versions, safe to merge?",
        "Read the release notes between the two versions and our code that touches {framework}, and say "
        "whether any breaking or behavior change affects us.",
        C.SIMPLE,
        D.DEVOPS,
        ("dependency-update", "dependabot", "changelog"),
        Variant(
            C.MODERATE,
            "Review the batch of 14 pending dependency PRs, starting with {framework}",
            "The queue includes {framework} and thirteen smaller libraries. Review changelogs and diffs, "
            "group the safe ones into a single merge, and flag the ones that need code changes or extra "
            "testing.",
        ),
    ),
    # --- Security ------------------------------------------------------------------------------------------
    Seed(
        "What's actually tested in the {component}? Review before the refactor",
        "Maintainers want to refactor the {component} next quarter, but coverage is patchy. Review the "
        "existing tests, list untested branches and edge cases, and say which tests must exist before "
        "refactoring starts.",
        C.MODERATE,
        D.SECURITY,
        ("test-coverage", "refactoring", "characterization-tests"),
        Variant(
            C.COMPLEX,
            "Review test coverage of every service that shares code with the {component}",
            "The refactor will ripple into six services that import the {component}'s internals. Review "
            "tests across all of them, find behavior no test pins down, and propose a coverage plan and "
            "order of work agreed with each owning team.",
        ),
    ),
    Seed(
        "Code style review of the {component}'s 400-line main function",
        "The entry function of the {component} has grown to 400 lines. Review it for readability: length, "
        "naming, nesting and error wrapping per our {lang} guidelines. Behavior and security were already "
        "signed off.",
        C.SIMPLE,
        D.SECURITY,
        ("readability", "long-function", "style-guide"),
        Variant(
            C.MODERATE,
            "Maintainability review of the {component} and its {lang} packages",
            "Look beyond the long function: package boundaries, duplicated helpers, error wrapping "
            "conventions and test structure across the {component}. Give a ranked list of refactors.",
        ),
    ),
    Seed(
        "Vault policy repo is a mess of copy-paste, can you review it?",
        "Vault policies live in a repo of 90 HCL files with inconsistent naming and copy-pasted paths. "
        "Review the structure, naming conventions, duplication and CI validation, and suggest a cleaner "
        "layout.",
        C.MODERATE,
        D.SECURITY,
        ("vault", "policy-as-code", "hcl"),
        Variant(
            C.SIMPLE,
            "Check naming of the three new Vault policy files",
            "The PR adds policies for the billing team. Check file names and path patterns against the "
            "convention in policies/README.md.",
        ),
    ),
    Seed(
        "Assess code quality of our identity platform before we open-source it",
        "The identity platform is about 150k lines of Java and will be published on GitHub. Review code "
        "quality, public API consistency, documentation, test coverage and leftover internal references, and "
        "separate must-fix from nice-to-have.",
        C.COMPLEX,
        D.SECURITY,
        ("open-source-readiness", "code-quality", "identity-platform"),
        Variant(
            C.MODERATE,
            "Review the client SDK module of the identity platform before open-sourcing",
            "Just the Java SDK customers will use: API naming, Javadoc completeness, code examples and test "
            "coverage, with a list of must-fix items.",
        ),
    ),
    Seed(
        "Are the user-facing error messages in the {component} consistent?",
        "The {component} returns six different error strings with mixed casing and punctuation. Check them "
        "against the UX writing guide and propose consistent wording.",
        C.SIMPLE,
        D.SECURITY,
        ("error-messages", "ux-writing", "consistency"),
        Variant(
            C.MODERATE,
            "Review error message wording across the {component} and the flows it hands off to",
            "Users see a different tone and structure depending on which step fails. Review all user-facing "
            "errors from the {component} and the neighbouring flows, and draft one consistent style.",
        ),
    ),
    Seed(
        "refactor: split the {component} into three modules, second reviewer wanted",
        "The PR splits the {component} into three smaller modules without changing behavior. Verify it "
        "really is behavior-preserving, that tests moved with the code, and that the new boundaries make "
        "sense.",
        C.MODERATE,
        D.SECURITY,
        ("refactoring", "modularization", "behavior-preserving"),
        Variant(
            C.COMPLEX,
            "Review the whole refactoring series that restructures the {component} and its consumers",
            "Twenty PRs over two months restructure the {component} and update eleven consuming services. "
            "Review behavior preservation, test migration, rollout ordering and whether the final structure "
            "actually reduces coupling.",
        ),
    ),
    Seed(
        "feature flag cleanup in the {component}, please double-check",
        "The PR removes 14 stale feature flags from the {component}. Verify each deleted branch was the dead "
        "one and that tests for the surviving path still exist.",
        C.SIMPLE,
        D.SECURITY,
        ("feature-flags", "cleanup", "dead-code"),
        Variant(
            C.MODERATE,
            "Review feature flag hygiene across the {component}",
            "The {component} has 41 flags, some years old and some without an owner. Review which are still "
            "evaluated, which have unclear defaults, and propose a removal order plus a lifecycle rule.",
        ),
    ),
    Seed(
        "Our shared auth library is pinned at six versions across 25 services, review its release process",
        "Teams stay on versions from 1.2 to 3.4 because upgrades keep breaking them. Review the library's "
        "API stability, changelog discipline, test suite and deprecation practices, and recommend how to get "
        "every service onto one version.",
        C.COMPLEX,
        D.SECURITY,
        ("shared-library", "versioning", "breaking-changes"),
        Variant(
            C.MODERATE,
            "Review API stability of the auth library's 3.x releases",
            "Compare releases 3.0 through 3.4 for breaking changes the changelog didn't flag, and check "
            "whether deprecation warnings give callers enough notice.",
        ),
    ),
    Seed(
        "What do the pylint warnings in rotate_keys.py mean for us?",
        "pylint reports broad-except, too-many-branches and unused-argument in rotate_keys.py. Explain which "
        "of them matter for maintainability and which rules we can reasonably disable.",
        C.SIMPLE,
        D.SECURITY,
        ("pylint", "lint-warnings", "python"),
        Variant(
            C.MODERATE,
            "Review lint configuration and suppressions across the security tooling repo",
            "The repo has 300 inline pylint disables and a pylintrc nobody remembers writing. Review the "
            "config and suppressions, find the ones hiding real problems, and propose a cleaner baseline.",
        ),
    ),
    # --- Database ------------------------------------------------------------------------------------------
    Seed(
        "Review this migration adding an index on orders.created_at",
        "It's a single Rails migration using add_index without algorithm: :concurrently on a 200M-row "
        "Postgres table. Tell me if it's safe to merge as written.",
        C.SIMPLE,
        D.DATABASE,
        ("postgres", "index", "rails-migration"),
        Variant(
            C.MODERATE,
            "Review the pending batch of schema migrations for the orders service",
            "Seven migrations queued for the next release add indexes, a NOT NULL column and a rename. "
            "Review lock behavior on large tables, backfill strategy, ordering and rollback for each.",
        ),
    ),
    Seed(
        "Revenue report is off by 2%, can someone review the SQL behind it?",
        "The query has four CTEs, two LEFT JOINs and a window function. Review the joins, NULL handling and "
        "date boundaries for the discrepancy finance reported, and comment on readability.",
        C.MODERATE,
        D.DATABASE,
        ("sql", "reporting", "joins"),
        Variant(
            C.COMPLEX,
            "Review all finance reporting SQL before the external audit",
            "Around 70 queries and views feed board and regulatory reports, written by different analysts "
            "over six years. Review them for inconsistent revenue definitions, join fan-out and date "
            "handling, and rank which need rewriting before the auditors arrive.",
        ),
    ),
    Seed(
        "Scalability review of the Postgres cluster ahead of 5x write growth",
        "Primary on db.r6g.8xlarge, two read replicas, a partitioned events table and logical replication "
        "into the warehouse. Review schema, partitioning, connection pooling and replication against "
        "projected growth and call out the first bottlenecks.",
        C.COMPLEX,
        D.DATABASE,
        ("postgres", "scalability", "partitioning", "replication"),
        Variant(
            C.MODERATE,
            "Review partitioning of the events table for write growth",
            "The events table is range-partitioned by month and carries 40 indexes in total. Review "
            "partition size, index count and retention jobs against a 5x write increase.",
        ),
    ),
    Seed(
        "N+1 in OrderSerializer?",
        "A reviewer suspects OrderSerializer triggers one query per line item. Look at the serializer and "
        "the view's queryset and confirm or rule it out.",
        C.SIMPLE,
        D.DATABASE,
        ("n-plus-one", "orm", "django"),
        Variant(
            C.MODERATE,
            "Review ORM query patterns across the orders API views",
            "Fourteen views in the orders app use serializers with nested relations. Review select_related "
            "and prefetch_related usage, query counts per endpoint and whether tests assert on them.",
        ),
    ),
    Seed(
        "Stored procedure review: sp_recalculate_balances",
        "The T-SQL procedure is 600 lines with cursors, dynamic SQL and nested transactions. Review "
        "transaction handling, readability and obvious performance problems before we change it.",
        C.MODERATE,
        D.DATABASE,
        ("stored-procedure", "t-sql", "transactions"),
        Variant(
            C.COMPLEX,
            "Review the whole stored-procedure layer of the ledger database before the rewrite",
            "About 140 procedures hold most of the ledger's business logic, call each other and share temp "
            "tables. Review dependencies, transaction and error handling patterns and risk per procedure, "
            "and recommend a rewrite order.",
        ),
    ),
    Seed(
        "Check naming of the new entries in the {datastore}",
        "A PR adds new entries to the {datastore}. Check their names, casing and documentation against the "
        "conventions page and list any deviations.",
        C.SIMPLE,
        D.DATABASE,
        ("naming-conventions", "data-layout"),
        Variant(
            C.MODERATE,
            "Review how every service names and structures data in the {datastore}",
            "Five services write to the {datastore} with different prefixes, casing and versioning schemes. "
            "Review the current layout, collisions and undocumented entries, and propose one convention with "
            "a migration path.",
        ),
    ),
    Seed(
        "MongoDB schema review for the new chat feature",
        "Messages embed reactions and read receipts in one document per conversation. Review the document "
        "model, indexes and expected document growth against the access patterns in the spec.",
        C.MODERATE,
        D.DATABASE,
        ("mongodb", "document-model", "indexes"),
        Variant(
            C.SIMPLE,
            "Check the indexes defined for the chat messages collection",
            "The PR defines three indexes. Check that they match the two main queries in the spec and that "
            "none of them is redundant.",
        ),
    ),
    Seed(
        "RFC feedback: MySQL 5.7 to Aurora PostgreSQL migration plan",
        "The migration team's plan covers schema conversion, dual writes, backfill and cutover for 70 tables "
        "used by nine services. Review it for consistency gaps during dual writes, rollback options and the "
        "testing strategy, and send written feedback.",
        C.COMPLEX,
        D.DATABASE,
        ("mysql", "aurora-postgresql", "dual-writes", "migration"),
        Variant(
            C.MODERATE,
            "Review schema conversion scripts for the first ten tables of the MySQL move",
            "Check type mappings, collations, default values and index equivalence in the converted DDL for "
            "the pilot tables, and list anything that would change application behavior.",
        ),
    ),
    Seed(
        "Is the ON DELETE CASCADE in migration 0042 intentional?",
        "Migration 0042 adds a foreign key from invoices to customers with ON DELETE CASCADE. Review whether "
        "that matches how customer deletion is supposed to work.",
        C.SIMPLE,
        D.DATABASE,
        ("foreign-keys", "cascade-delete", "schema-review"),
        Variant(
            C.MODERATE,
            "Review foreign key and cascade rules across the billing schema",
            "The billing schema has 35 foreign keys with a mix of CASCADE, SET NULL and no action. Review "
            "each against the documented data lifecycle and flag rules that could delete or orphan billing "
            "records.",
        ),
    ),
    Seed(
        "Pull request review: Cassandra table for time-series metrics",
        "The PR adds metrics_by_device, partitioned by device_id and day. Review partition sizing, "
        "clustering order, TTL and tombstone risk against expected writes of 50k per second.",
        C.MODERATE,
        D.DATABASE,
        ("cassandra", "time-series", "data-modeling"),
        Variant(
            C.COMPLEX,
            "Review our whole time-series storage approach across Cassandra and the archive tier",
            "Metrics, events and device history live in nine Cassandra tables plus a Parquet archive with "
            "different TTLs and compaction strategies. Review data models, compaction, retention and read "
            "paths together and identify what won't survive next year's device growth.",
        ),
    ),
    Seed(
        "style: SQL formatting check on the three new analytics views",
        "Three views were added under views/analytics/. Check them against the SQL style guide: keyword "
        "casing, aliasing, indentation and no SELECT *.",
        C.SIMPLE,
        D.DATABASE,
        ("sql", "style-guide", "views"),
        Variant(
            C.MODERATE,
            "Review all analytics views for style and duplicated business logic",
            "Sixty views under views/analytics/ repeat the same revenue and active-user logic with small "
            "differences. Review style, find duplicated definitions and suggest which to consolidate.",
        ),
    ),
    Seed(
        "Database tech debt review for the monolith's 400-table schema",
        "The schema grew for 12 years: unused tables, duplicated columns, missing foreign keys and triggers "
        "full of business logic. Review it together with query logs, rank debt by risk and effort, and agree "
        "findings with the five owning teams.",
        C.COMPLEX,
        D.DATABASE,
        ("tech-debt", "schema-design", "legacy-database"),
        Variant(
            C.MODERATE,
            "Review the triggers in the billing schema",
            "Eleven triggers on billing tables implement discounts and audit columns. Review what each does, "
            "how they interact and which hide logic that belongs in the application.",
        ),
    ),
    Seed(
        "v3.2.0 release candidate: review the {component} changes before we tag",
        "The release includes eight merged changes to the {component}. Review the combined diff for "
        "consistency, regressions against 3.1 behavior and missing upgrade notes.",
        C.MODERATE,
        D.DATABASE,
        ("release-review", "regressions", "upgrade-notes"),
        Variant(
            C.SIMPLE,
            "Do the 3.2 upgrade notes mention every {component} change?",
            "Compare the draft upgrade notes with the list of merged changes to the {component} and point "
            "out anything that was left out.",
        ),
    ),
    Seed(
        "Second opinion on the review comments on my {component} PR",
        "A senior reviewer left 25 comments on my {component} change, and some contradict our style guide. "
        "Go through them and tell me which are valid, which are preferences, and which I can push back on.",
        C.SIMPLE,
        D.DATABASE,
        ("review-comments", "style-guide", "pull-request"),
        Variant(
            C.MODERATE,
            "Compare feedback on the last 20 {component} PRs and spot conflicting review standards",
            "Reviewers keep giving contradictory feedback on {component} changes. Go through the comments on "
            "the last 20 merged PRs, group recurring disagreements, and propose checklist wording that "
            "resolves them.",
        ),
    ),
    # --- Api -----------------------------------------------------------------------------------------------
    Seed(
        "Feedback on the v2 orders API OpenAPI spec",
        "The orders team wrote the spec and it will be public. Review resource naming, pagination, error "
        "format, versioning and consistency with our API guidelines, and leave comments per endpoint.",
        C.MODERATE,
        D.API,
        ("openapi", "api-guidelines", "pagination"),
        Variant(
            C.COMPLEX,
            "Review all public OpenAPI specs for consistency before the developer portal launch",
            "Eleven teams publish 23 specs that will appear side by side on the new portal. Review naming, "
            "pagination, error shapes, auth descriptions and examples across all of them, and produce a "
            "cross-team list of required changes.",
        ),
    ),
    Seed(
        "Does the new /users endpoint follow our REST naming rules?",
        "The PR adds GET /getUserList and POST /users/create. Check these against the API style guide and "
        "suggest compliant paths.",
        C.SIMPLE,
        D.API,
        ("rest", "naming-conventions", "api-guidelines"),
        Variant(
            C.MODERATE,
            "Review naming across the whole users service API surface",
            "The users service exposes 26 endpoints added over four years. Review paths, query parameters "
            "and field casing against the style guide and propose a deprecation-friendly rename plan.",
        ),
    ),
    Seed(
        "RFC: GraphQL federation across all product APIs, feedback requested",
        "The platform team proposes moving 14 REST services behind an Apollo Federation gateway. Review the "
        "RFC's schema ownership model, N+1 and performance risks, versioning and migration plan, and reply "
        "with concerns and open questions.",
        C.COMPLEX,
        D.API,
        ("graphql", "federation", "rfc"),
        Variant(
            C.MODERATE,
            "Review the federated schema draft for the catalog subgraph",
            "The catalog team's subgraph defines 18 types and their entity keys. Review naming, nullability, "
            "entity key choices and resolvers likely to cause N+1 queries.",
        ),
    ),
    Seed(
        "test: the {component} PR ships without tests, what should it have?",
        "The PR changes input parsing in the {component} but adds no tests. List the behaviors that changed "
        "and the tests that should accompany them before approval.",
        C.SIMPLE,
        D.API,
        ("missing-tests", "pull-request", "test-plan"),
        Variant(
            C.MODERATE,
            "Review the test strategy of the {component}: unit, contract and integration layers",
            "Tests for the {component} are split across three suites that overlap and still miss failure "
            "cases. Review what each layer covers, where the gaps and duplicates are, and how long each "
            "suite takes.",
        ),
    ),
    Seed(
        "gRPC inventory.proto review",
        "The proto adds 12 RPCs and 30 messages. Review field numbering, reserved fields, naming per the "
        "protobuf style guide, use of well-known types and backward compatibility with deployed clients.",
        C.MODERATE,
        D.API,
        ("grpc", "protobuf", "backward-compatibility"),
        Variant(
            C.COMPLEX,
            "Review protobuf compatibility practices across every gRPC service",
            "Forty services share protos through a monorepo with no breaking-change checks, and two "
            "incidents came from reused field numbers. Review the proto layout, ownership and change "
            "history, and recommend enforced compatibility rules with buf.",
        ),
    ),
    Seed(
        "Error responses are inconsistent across our public APIs, review and propose a standard",
        "Twenty services return errors in at least four shapes and retry semantics differ. Review "
        "representative endpoints from each service, catalog the patterns, and propose a standard plus a "
        "migration order agreed with each team.",
        C.COMPLEX,
        D.API,
        ("error-responses", "api-consistency", "standards"),
        Variant(
            C.MODERATE,
            "Review error responses of the billing API",
            "The billing API has 31 endpoints. Check status codes, error body shape and retry hints against "
            "the draft error standard and list deviations.",
        ),
    ),
    Seed(
        "Rate limiter returns 403 instead of 429, is that right?",
        "When a client exceeds quota, the limiter returns 403 with a JSON body and no Retry-After header. "
        "Review the response against HTTP semantics and our API guidelines.",
        C.SIMPLE,
        D.API,
        ("http-status-codes", "rate-limiting", "retry-after"),
        Variant(
            C.MODERATE,
            "Review the rate limiter's behavior, headers, configuration and tests",
            "Beyond the status code, review how limits are configured per plan, which headers clients get, "
            "how the sliding window is tested, and how limits behave across gateway instances.",
        ),
    ),
    Seed(
        "[Review] webhook delivery retries in PR #2231",
        "The PR adds exponential backoff and a dead-letter queue for outgoing webhooks. Review retry limits, "
        "jitter, idempotency expectations on receivers, how failures are surfaced to customers, and the "
        "tests.",
        C.MODERATE,
        D.API,
        ("webhooks", "retries", "dead-letter-queue"),
        Variant(
            C.COMPLEX,
            "Review the webhook platform end to end before opening it to all partners",
            "Delivery, signing, retries, ordering, customer-facing logs and replay tooling were built by "
            "three teams. Review the whole platform for consistency, failure modes at 20x volume and "
            "operability before general availability.",
        ),
    ),
    Seed(
        "{framework} deprecation warnings after the upgrade: which ones matter?",
        "After the upgrade, the test run prints 47 deprecation warnings from {framework}. Review them and "
        "say which need fixing before the next major version and which are harmless.",
        C.SIMPLE,
        D.API,
        ("deprecations", "upgrade", "warnings"),
        Variant(
            C.MODERATE,
            "Review deprecated {framework} usage across all our repositories",
            "Nine repositories still call APIs that {framework} will remove in the next major release. "
            "Review each usage, estimate the effort, and group the work by owning team.",
        ),
    ),
    Seed(
        "How ergonomic is our {lang} client library? Customers keep complaining",
        "They say the {lang} client is awkward: inconsistent argument order, mixed sync and async methods, "
        "and exceptions that hide status codes. Review the public surface against common {lang} SDK "
        "conventions and propose changes for 2.0.",
        C.MODERATE,
        D.API,
        ("sdk", "developer-experience", "api-ergonomics"),
        Variant(
            C.SIMPLE,
            "Check the {lang} client's exception classes for missing status codes",
            "Only the errors module: confirm that each exception exposes the HTTP status and the response "
            "body to callers.",
        ),
    ),
    Seed(
        "Can the API tier handle the partner launch? Scalability review needed",
        "A partner integration will send about 10x current request volume from Q3. Review gateway "
        "configuration, rate limiting, caching, connection pools and downstream fan-out across the API tier "
        "and identify what must change first.",
        C.COMPLEX,
        D.API,
        ("scalability", "api-gateway", "capacity-planning"),
        Variant(
            C.MODERATE,
            "Review rate limiting and caching config of the API gateway for the partner launch",
            "Only the gateway layer: check per-client limits, cache keys and TTLs, and connection pool "
            "settings against the expected partner traffic.",
        ),
    ),
    Seed(
        "Review the API reference docs against what the endpoints actually return",
        "Support keeps getting tickets about fields that are documented but never returned. Compare the "
        "reference pages for the 40 most-used endpoints with real staging responses and list mismatches and "
        "wrong examples.",
        C.MODERATE,
        D.API,
        ("api-docs", "documentation-accuracy", "examples"),
        Variant(
            C.SIMPLE,
            "Proofread the pagination section of the API reference",
            "The page explains cursor pagination, but the examples use offset parameters and the field is "
            "called next_cursor in one place and nextCursor in another. List the corrections.",
        ),
    ),
    Seed(
        "Is the {component} ready to merge? Looking for a thorough review",
        "The {component} is new code, about 900 lines across six files, with unit tests. Review correctness, "
        "error handling, naming and test quality, and say what blocks the merge versus what can be a "
        "follow-up.",
        C.MODERATE,
        D.API,
        ("merge-readiness", "new-code", "pull-request"),
        Variant(
            C.SIMPLE,
            "Quick pass on the {component} PR, naming and comments only",
            "The author wants fast feedback on names and comments before the full review, so skip the logic "
            "and the tests for now.",
        ),
    ),
    Seed(
        "Review API versioning and deprecation practices across the company",
        "Some teams version in the URL, others in headers, and three v1 APIs have been deprecated for years "
        "with active clients. Review current practice and its impact on clients, and propose a company-wide "
        "policy with a migration path.",
        C.COMPLEX,
        D.API,
        ("api-versioning", "deprecation-policy", "governance"),
        Variant(
            C.MODERATE,
            "Review the deprecation plan for the v1 invoices API",
            "The invoices team wants to shut v1 down in six months. Review their timeline, client "
            "communication, Sunset headers and usage tracking, and suggest changes.",
        ),
    ),
    # --- Issue-tracker style additions -----------------------------------------------------------------
    # Web
    Seed(
        "forms: inconsistent prop names between TextField and SelectField",
        "TextField takes onChange and errorText while SelectField takes onValueChange and error. Go through both "
        "components' props and list the naming mismatches a consumer would trip over, with suggested names that "
        "match the rest of the kit.",
        C.SIMPLE,
        D.WEB,
        ("naming-conventions", "component-api", "consistency"),
        Variant(
            C.MODERATE,
            "ui-kit: prop naming inconsistencies across all form components",
            "Fourteen form components in the UI kit grew their own prop names for values, change handlers and error "
            "states. Survey the whole set, tabulate the inconsistencies and propose one naming scheme with a "
            "deprecation path for the old props.",
        ),
    ),
    Seed(
        "ssr: look over the merged data-fetching refactor before v4.2 ships",
        "The refactor landed in six PRs while the usual reviewer was on leave, and QA now sees hydration warnings on "
        "product pages. Read through the merged changes, flag server/client mismatches and untested paths, and say "
        "what should block the release.",
        C.MODERATE,
        D.WEB,
        ("ssr", "hydration", "post-merge-review"),
        Variant(
            C.SIMPLE,
            "ssr: is the Date.now() call in ProductPrice.tsx a hydration hazard?",
            "A reviewer flagged a Date.now() call inside the ProductPrice render. Look at that component only and "
            "say whether it can produce a server/client mismatch and how serious it is.",
        ),
    ),
    Seed(
        "Meta: frontend code health before the portal rewrite decision",
        "Leadership must choose between incremental cleanup and a rewrite of the customer portal: 180k lines of "
        "TypeScript, four routing approaches, duplicated API clients and flaky end-to-end tests. Assess hotspots, "
        "coupling and test reliability across the portal and give an evidence-based recommendation.",
        C.COMPLEX,
        D.WEB,
        ("code-health", "rewrite-decision", "tech-debt"),
        Variant(
            C.MODERATE,
            "Code health check of the portal's routing layer only",
            "Before the bigger rewrite discussion, look at the customer portal's routing code alone: four coexisting "
            "routing approaches and guards duplicated per page. Summarize the problems and what consolidating them "
            "would take.",
        ),
    ),
    Seed(
        "eslint: 38 new no-explicit-any warnings in the generated API client wrapper",
        "After regenerating the client, lint reports 38 no-explicit-any warnings in the hand-written wrapper around "
        "it. Go through them and say which are acceptable at the boundary and which hide real typing gaps.",
        C.SIMPLE,
        D.WEB,
        ("eslint", "typescript", "lint-warnings"),
        Variant(
            C.MODERATE,
            "eslint: audit all explicit any and ts-ignore usages in the web app",
            "The web app has about 600 explicit anys and 90 ts-ignore comments spread over 200 files. Group them by "
            "cause, flag the ones masking real type errors, and propose a lint baseline plus a reduction plan per "
            "folder.",
        ),
    ),
    Seed(
        "Proposal: adopt Tailwind for the marketing site",
        "The design team's proposal argues Tailwind would halve the CSS we ship and speed up page work. Read it and "
        "the spike branch, and give written feedback on the claims, the migration cost and how it fits our existing "
        "CSS modules.",
        C.MODERATE,
        D.WEB,
        ("tailwind", "css", "proposal-feedback"),
        Variant(
            C.SIMPLE,
            "Tailwind spike branch: does the CSS size claim hold?",
            "The proposal says the spike branch ships 50% less CSS. Compare the build output of the spike with main "
            "and say whether the number holds.",
        ),
    ),
    Seed(
        "{framework} major upgrade PR: spot-check the mechanical changes",
        "The PR bumps {framework} one major version and touches 70 files, mostly mechanical renames. Skim the diff "
        "for places where the automated rewrite got it wrong or left TODO markers, and list files that need manual "
        "attention.",
        C.SIMPLE,
        D.WEB,
        ("upgrade", "pull-request", "mechanical-changes"),
        Variant(
            C.MODERATE,
            "{framework} major upgrade: review the full upgrade branch, behavior changes included",
            "Beyond the renames, the upgrade branch changes defaults and drops deprecated APIs our code relied on. "
            "Review the branch against the {framework} migration notes, flag behavior changes without tests and list "
            "what must land before merge.",
        ),
    ),
    Seed(
        "[a11y] keyboard navigation in the data grid",
        "Users report they cannot reach row actions in the data grid without a mouse. Evaluate the grid's current "
        "keyboard handling, focus management and ARIA roles against the WAI-ARIA grid pattern and write up where it "
        "falls short.",
        C.MODERATE,
        D.WEB,
        ("accessibility", "keyboard-navigation", "data-grid"),
        Variant(
            C.COMPLEX,
            "[a11y] keyboard and screen reader assessment of the whole admin console",
            "Ahead of a public-sector contract, the admin console's 40 screens need an accessibility assessment: "
            "data grids, dialogs, charts and wizards built by four teams. Evaluate each against WCAG 2.1 AA, rate "
            "severity and group findings by owning team.",
        ),
    ),
    Seed(
        "i18n: translation coverage and key naming across the web app",
        "Strings are spread over 300 components with three key-naming styles, many unused keys and translators "
        "finding English in the German build. Review coverage per locale, inconsistent keys and pluralization "
        "misuse, and propose a cleanup order.",
        C.MODERATE,
        D.WEB,
        ("i18n", "localization", "hard-coded-strings"),
        Variant(
            C.SIMPLE,
            "i18n: hard-coded English strings in the onboarding flow?",
            "Translators found untranslated text in the German build. Look through the onboarding flow components "
            "and list every string that bypasses the t() helper.",
        ),
    ),
    # Systems
    Seed(
        "config: Box::leak in the loader, intentional?",
        "A contributor noticed config.rs leaks the parsed config with Box::leak to get a 'static reference. Look at "
        "the call site and say whether it is a reasonable choice for a process-lifetime value or a smell worth "
        "changing.",
        C.SIMPLE,
        D.SYSTEMS,
        ("rust", "memory-management", "code-smell"),
        Variant(
            C.MODERATE,
            "Cleanup: review all 'static lifetime workarounds in the daemon",
            "Box::leak, lazy_static globals and unsafe transmutes to 'static appear in about 25 places across the "
            "daemon. Review each for whether it is justified, how it affects testability and what a cleaner "
            "ownership model would look like.",
        ),
    ),
    Seed(
        "{component}: inconsistent error return conventions",
        "Some functions in the {component} return sentinel values, others raise, and a few log and carry on, so "
        "callers cannot tell failures apart. Audit every public function's failure path, tabulate the conventions in "
        "use, and recommend one with the call sites that would change.",
        C.MODERATE,
        D.SYSTEMS,
        ("error-handling", "api-consistency", "audit"),
        Variant(
            C.SIMPLE,
            "{component}: does the config parsing entry point swallow errors?",
            "One function only: the config parsing entry point of the {component}. Check whether read and parse "
            "failures reach the caller or get logged and dropped.",
        ),
    ),
    Seed(
        "Epic: readiness review of the storage engine before the 2.0 on-disk format freeze",
        "Once 2.0 ships, the on-disk format is frozen for years. Review the format spec, encoder and decoder code, "
        "version fields, checksum coverage and compatibility tests across the storage engine, and list everything "
        "that must change before the freeze.",
        C.COMPLEX,
        D.SYSTEMS,
        ("on-disk-format", "compatibility", "storage-engine", "release-readiness"),
        Variant(
            C.MODERATE,
            "2.0 format freeze: page header layout and checksum coverage",
            "Only the page header: field sizes, reserved bits, the version byte and which bytes the CRC covers. "
            "Check the spec against the encoder and say what should change before the freeze.",
        ),
    ),
    Seed(
        "clippy: 60 new warnings after bumping the toolchain to 1.79",
        "Most are needless_borrow and manual_range_contains, plus a few suspicious_arithmetic_impl. Sort out which "
        "are style noise we can allow crate-wide and which deserve a closer look.",
        C.SIMPLE,
        D.SYSTEMS,
        ("clippy", "rust", "lint-warnings"),
        Variant(
            C.MODERATE,
            "clippy: crate-wide allow list and pedantic settings need a second look",
            "Over time 45 lints were allowed crate-wide in lib.rs, some to silence real issues. Review each allow, "
            "check what it currently hides across the workspace, and propose a tighter lint config with per-module "
            "exceptions.",
        ),
    ),
    Seed(
        "Spike: can the connection tracker handle 1M concurrent flows?",
        "The tracker keeps a single hash map behind an RwLock and walks it every second for expiry. Review the data "
        "structures, locking and expiry scan for how they behave at a million flows, and say where it breaks first.",
        C.MODERATE,
        D.SYSTEMS,
        ("scalability", "concurrency", "hash-map"),
        Variant(
            C.COMPLEX,
            "Spike: scaling review of the whole packet processing path for 1M flows at 100 Gbps",
            "Parsing, flow tracking, policy lookup and export all run on the same worker threads today. Review each "
            "stage and the hand-offs between them for contention, cache misses and unbounded buffers at that scale, "
            "and rank the bottlenecks.",
        ),
    ),
    Seed(
        "ffi: ownership and lifetime rules of the codec C API are undocumented",
        "The codec exposes 40 C functions used by Python, Go and Java wrappers, and ownership rules live only in "
        "people's heads. Review each function's buffer and handle ownership, check every wrapper against it, and "
        "propose header doc comments.",
        C.MODERATE,
        D.SYSTEMS,
        ("ffi", "memory-ownership", "c-api"),
        Variant(
            C.SIMPLE,
            "ffi: who frees the buffer returned by codec_decode()?",
            "The header doesn't say who owns the returned buffer; the Python wrapper frees it and the Go wrapper "
            "doesn't. Read both wrappers and the C source and say which one is wrong.",
        ),
    ),
    Seed(
        "Test suite for the {component} takes 40 minutes and still misses bugs",
        "Most tests for the {component} spin up the full stack, yet the last two regressions slipped through. Review "
        "what the suite actually exercises, which tests are redundant or flaky, and where cheap unit tests would "
        "catch more.",
        C.MODERATE,
        D.SYSTEMS,
        ("test-suite", "flaky-tests", "test-coverage"),
        Variant(
            C.SIMPLE,
            "Which {component} tests marked flaky are really flaky?",
            "Nine tests for the {component} carry a flaky marker. Read each one and say whether the flakiness comes "
            "from the test itself or points at a real race in the code.",
        ),
    ),
    Seed(
        "Meta: turn on -Wall -Wextra -Werror for the firmware tree?",
        "Enabling the warnings produces about 4,000 diagnostics across 300 files of a five-year-old C codebase. "
        "Assess what they reveal about code quality, which categories point at real defects, and what a staged "
        "cleanup across the three firmware teams would cost.",
        C.COMPLEX,
        D.SYSTEMS,
        ("compiler-warnings", "c", "firmware", "tech-debt"),
        Variant(
            C.SIMPLE,
            "-Wsign-compare hits in ringbuf.c: real bugs?",
            "Enabling -Wextra flags seven signed/unsigned comparisons in ringbuf.c. Check each and say whether any "
            "can actually misbehave with the index values the buffer uses.",
        ),
    ),
    # DataScience
    Seed(
        "metrics.py: F1 computed with average='micro' on an imbalanced set",
        "The eval script reports micro-averaged F1 for a 95/5 class split. Look at the function and say whether the "
        "metric choice is misleading for this problem and what the report should show instead.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("model-evaluation", "metrics", "class-imbalance"),
        Variant(
            C.MODERATE,
            "Evaluation scripts: metric choices differ across every classification model",
            "Seven classification models each have their own eval script with different averaging, thresholds and "
            "baselines. Review the metric code and reported numbers, flag misleading choices, and suggest a shared "
            "evaluation module.",
        ),
    ),
    Seed(
        "clickstream ETL: audit for silent row drops and unlogged filters",
        "Downstream counts run about 3% below the source. Rather than chasing one bug, review every filter, join and "
        "type cast in the pipeline's five stages, list the places rows can vanish without a log line, and rank them.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("data-quality", "etl", "silent-failures"),
        Variant(
            C.SIMPLE,
            "clickstream ETL: does sessionize.py drop rows with null timestamps?",
            "Look only at sessionize.py and say whether rows with a null event timestamp are filtered out, and "
            "whether that is logged anywhere.",
        ),
    ),
    Seed(
        "RFC: unified feature definitions for batch and streaming, review requested",
        "The ML platform team proposes one DSL that defines features once and compiles them to Spark batch and Flink "
        "streaming jobs. Review the RFC for training/serving skew risks, migration cost for 300 existing features "
        "and operational ownership, and reply with concerns.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("rfc", "feature-engineering", "training-serving-skew"),
        Variant(
            C.MODERATE,
            "Feature DSL RFC: point-in-time correctness section only",
            "Section 5 explains how the DSL guarantees point-in-time joins in batch and event-time windows in "
            "streaming. Check the reasoning and examples for gaps that would cause leakage, and list open questions.",
        ),
    ),
    Seed(
        "Doc comments missing or stale in the shared {lang} utilities",
        "New joiners keep misusing helpers from the shared {lang} utilities package. Check which public helpers lack "
        "doc comments or describe parameters that no longer exist, and list them.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("documentation", "doc-comments", "shared-utilities"),
        Variant(
            C.MODERATE,
            "Shared {lang} utilities: docs, duplicated helpers and test coverage",
            "The package has 120 helpers used by every team, several doing the same thing with different edge cases. "
            "Review documentation, duplicated helpers and tests, and propose what to merge, deprecate or document.",
        ),
    ),
    Seed(
        "Polars migration (3/7): join and window rewrites",
        "Part three of the pandas-to-Polars migration rewrites the customer joins and rolling windows. Check "
        "numerical equivalence against the pandas outputs, null and dtype handling, and whether the lazy query plans "
        "look sane.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("polars", "pandas-migration", "numerical-equivalence"),
        Variant(
            C.COMPLEX,
            "Polars migration: all seven PRs together before production jobs switch over",
            "The seven PRs rewrite every transformation in the reporting pipeline from pandas to Polars. Review them "
            "together for equivalence gaps, dtype drift, memory behavior on full-size data and test coverage, and "
            "say whether production jobs can switch.",
        ),
    ),
    Seed(
        "model_v2.py: StandardScaler fit before train_test_split?",
        "The scaler is fit inside a preprocessing function that runs before the split. Confirm whether this leaks "
        "test statistics into training and how much it matters for this model.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("data-leakage", "scikit-learn", "preprocessing"),
        Variant(
            C.MODERATE,
            "Leakage check of all preprocessing in the credit model repo",
            "Scaling, imputation, target encoding and outlier clipping are spread across four modules. Review where "
            "each is fit relative to the splits and cross-validation folds, and list every path that lets test data "
            "influence training.",
        ),
    ),
    Seed(
        "Airflow DAGs predate the conventions doc",
        "About 30 DAGs were written before the team's conventions doc existed. Check naming, retries, SLAs, owner "
        "fields and templated dates against the doc and list deviations per DAG.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("airflow", "conventions", "dag-review"),
        Variant(
            C.SIMPLE,
            "新的 daily_rollup DAG 是否符合团队规范？",
            "One new DAG in this PR. Check its naming, retry settings, owner field and date templating against the "
            "team's conventions doc.",
        ),
    ),
    # Mobile
    Seed(
        "[Android] 22 HardcodedText and ContentDescription lint warnings in the profile module",
        "Android lint flags hard-coded strings and missing content descriptions in the profile screens. Go through "
        "them and say which affect users through translation or TalkBack and which are decorative images we can "
        "mark.",
        C.SIMPLE,
        D.MOBILE,
        ("android-lint", "accessibility", "localization"),
        Variant(
            C.MODERATE,
            "[Android] lint-baseline.xml hides 1,100 issues",
            "The baseline was generated two years ago and covers every module. Review the categories in it, find the "
            "ones likely to be real bugs or accessibility problems, and propose a plan to shrink it.",
        ),
    ),
    Seed(
        "State handling in the {component} is hard to follow",
        "Before two new features land, the team wants an assessment of how state flows through the {component}: "
        "where it is mutated, which parts are shared, and which paths lack tests. Deliver a short written review, "
        "riskiest spots first.",
        C.MODERATE,
        D.MOBILE,
        ("state-management", "maintainability", "code-assessment"),
        Variant(
            C.SIMPLE,
            "Does the reset path in the {component} leave stale state behind?",
            "Look only at the reset or teardown function of the {component} and list any fields or caches it forgets "
            "to clear.",
        ),
    ),
    Seed(
        "iOS: three architecture patterns coexist across 60 feature modules",
        "Features were built in MVC, MVVM or TCA depending on who wrote them. Assess each module's pattern, test "
        "coverage and coupling to shared services, quantify the drift, and recommend which pattern to standardize on "
        "with a migration order for the six feature teams.",
        C.COMPLEX,
        D.MOBILE,
        ("ios", "architecture-consistency", "code-quality", "swift"),
        Variant(
            C.MODERATE,
            "iOS: the two TCA pilot features, before more teams adopt it",
            "Search and Favorites were rebuilt with The Composable Architecture. Review their reducers, dependency "
            "injection and tests, and say what worked and what other teams should not copy.",
        ),
    ),
    Seed(
        "[Compose] recomposition concerns in ProductCard",
        "A reviewer suspects ProductCard recomposes on every scroll frame because it takes an unstable List "
        "parameter. Look at the composable and its callers and confirm or rule it out.",
        C.SIMPLE,
        D.MOBILE,
        ("jetpack-compose", "recomposition", "performance"),
        Variant(
            C.MODERATE,
            "[Compose] parameter stability across the catalog feature",
            "The catalog feature has 45 composables, many taking lists, lambdas and domain data classes. Review "
            "parameter stability, remember usage and the compiler reports, and list the composables most likely to "
            "hurt scrolling.",
        ),
    ),
    Seed(
        "Error rate up on {platform} after 5.8: which merged changes are risky?",
        "The 5.8 release bundled 40 merged PRs, and errors on {platform} rose sharply the next day. Review the "
        "merged changes for risky concurrency, lifecycle and null-handling patterns, and rank which PRs most likely "
        "explain it.",
        C.MODERATE,
        D.MOBILE,
        ("release-review", "regressions", "risk-assessment"),
        Variant(
            C.SIMPLE,
            "5.8: the one PR with {platform}-specific code",
            "Only one merged PR in 5.8 contains code specific to {platform}. Read it and say whether anything in it "
            "looks risky enough to explain the error spike.",
        ),
    ),
    Seed(
        "Gradle: version catalog aliases don't follow the naming convention",
        "The PR moves dependencies into libs.versions.toml. Check the alias names against the convention in the "
        "build README and point out libraries declared under two aliases.",
        C.SIMPLE,
        D.MOBILE,
        ("gradle", "version-catalog", "naming-conventions"),
        Variant(
            C.MODERATE,
            "Gradle: build logic has drifted across all 25 Android modules",
            "Each module's build.gradle.kts has duplicated config blocks, mixed plugin styles and hard-coded "
            "versions. Review them, identify what belongs in convention plugins, and estimate the build-time impact.",
        ),
    ),
    Seed(
        "Proposal: share business logic via Kotlin Multiplatform, feedback wanted",
        "The Android lead's proposal moves pricing, cart and sync logic into a KMP module consumed by the Swift app. "
        "Give written feedback on the claimed code savings, Swift interop ergonomics, build and release impact on "
        "the iOS team, and the pilot plan.",
        C.COMPLEX,
        D.MOBILE,
        ("kotlin-multiplatform", "proposal-feedback", "code-sharing"),
        Variant(
            C.MODERATE,
            "KMP proposal: the shared pricing module prototype",
            "The proposal ships a prototype of the shared pricing module with a Swift wrapper. Review the Kotlin "
            "code, the generated Swift API and the tests, and say whether they support the proposal's claims.",
        ),
    ),
    # DevOps
    Seed(
        "ci: shellcheck findings in scripts/deploy.sh",
        "shellcheck reports 14 findings, mostly SC2086 unquoted variables and one SC2164 cd without a fallback. Say "
        "which could actually break a deploy and which are cosmetic.",
        C.SIMPLE,
        D.DEVOPS,
        ("shellcheck", "bash", "lint-warnings"),
        Variant(
            C.MODERATE,
            "ci: robustness of the 50 shell scripts in the infra repo",
            "The scripts run in CI and on hosts, few use set -euo pipefail and many parse command output by hand. "
            "Review error handling, quoting and duplicated logic, and rank the scripts by risk.",
        ),
    ),
    Seed(
        "{framework} config: three environments have drifted apart",
        "Staging, pre-prod and prod configuration for {framework} were copied from each other and edited by hand for "
        "a year. Compare them, flag differences that look accidental, and propose how to structure shared and "
        "per-environment values.",
        C.MODERATE,
        D.DEVOPS,
        ("configuration-drift", "environments", "consistency"),
        Variant(
            C.SIMPLE,
            "{framework} config: is the prod timeout difference intentional?",
            "Prod sets a timeout five times higher than staging in the {framework} configuration. Check the history "
            "and the surrounding settings and say whether it looks deliberate.",
        ),
    ),
    Seed(
        "Tracking issue: manifest review ahead of the multi-region rollout",
        "Before 70 services go active-active across three regions, their Kubernetes manifests need a pass: resource "
        "limits, probes, anti-affinity, disruption budgets, topology spread and region overrides. Review them per "
        "team, flag what blocks multi-region and track the fixes.",
        C.COMPLEX,
        D.DEVOPS,
        ("kubernetes", "multi-region", "manifests", "readiness"),
        Variant(
            C.MODERATE,
            "multi-region: checkout service manifests and overrides",
            "One service only: check the checkout deployment's anti-affinity, topology spread, disruption budget and "
            "region overrides, and say whether it can run active-active as configured.",
        ),
    ),
    Seed(
        "{component}: TODO and FIXME comments piling up",
        "A grep finds 35 TODO and FIXME comments in the {component}, some years old. Go through them and sort them "
        "into already done, still relevant, and worth a ticket.",
        C.SIMPLE,
        D.DEVOPS,
        ("todo-comments", "cleanup", "triage"),
        Variant(
            C.MODERATE,
            "Cleanup: TODOs, commented-out code and disabled tests in the {component}",
            "Besides the TODO markers, the {component} and its test suite carry commented-out blocks and disabled "
            "tests nobody remembers. Review all of them, identify which hide known bugs, and propose tickets with "
            "owners and a cleanup order.",
        ),
    ),
    Seed(
        "Runbooks veraltet: On-Call meldet falsche Schritte",
        "There are 60 runbooks linked from alerts. Review the 20 most-paged ones against current dashboards, "
        "commands and service names, mark steps that are outdated or dangerous, and suggest a review cadence.",
        C.MODERATE,
        D.DEVOPS,
        ("runbooks", "on-call", "documentation-accuracy"),
        Variant(
            C.SIMPLE,
            "Runbook for the disk-full alert: still accurate?",
            "Walk through the disk-full runbook and check each command and dashboard link against the current hosts. "
            "List the steps that no longer work.",
        ),
    ),
    Seed(
        "GitHub Actions: third-party actions pinned by tag instead of SHA",
        "Our CI policy says every third-party action must be pinned to a full commit SHA. Go through the eight "
        "workflows in .github/workflows and list the steps that violate it.",
        C.SIMPLE,
        D.DEVOPS,
        ("github-actions", "ci-policy", "pinning"),
        Variant(
            C.MODERATE,
            "GitHub Actions: CI policy compliance across all 30 repositories",
            "The policy covers SHA pinning, permissions blocks, timeout-minutes and reusable workflows. Check every "
            "repository's workflows against it, tabulate violations per repo and suggest which rules a linter could "
            "enforce.",
        ),
    ),
    Seed(
        "Infra cost doubled in a year: look for waste in the IaC",
        "Compute and storage costs doubled while traffic grew 30%. Review the Terraform and Helm code of all 12 "
        "teams for oversized instances, idle environments, missing autoscaling and unbounded log retention, and rank "
        "findings by monthly savings and risk.",
        C.COMPLEX,
        D.DEVOPS,
        ("cost-optimization", "infrastructure-as-code", "terraform"),
        Variant(
            C.MODERATE,
            "Infra cost: oversized resources in the data team's Terraform",
            "One team's stack only: review instance types, disk sizes, autoscaling settings and log retention in the "
            "data team's Terraform, and estimate what could be cut safely.",
        ),
    ),
    Seed(
        "Backups: does the setup match the documented RPO?",
        "The DR doc promises a one-hour RPO for the order database. Review the backup CronJobs, snapshot schedules, "
        "retention settings and the last restore test, and say where the setup falls short of that target.",
        C.MODERATE,
        D.DEVOPS,
        ("backups", "disaster-recovery", "rpo"),
        Variant(
            C.COMPLEX,
            "DR readiness across all stateful services",
            "Twenty stateful services set up backups their own way and only three have ever been restored. Review "
            "backup configs, restore procedures and monitoring against the DR policy per service, rank gaps by "
            "business impact, and agree fixes with owners.",
        ),
    ),
    # Security
    Seed(
        "oauth: TokenService mixes token, accessToken and jwt for one value",
        "TokenService uses three names for the same value and two for refresh tokens. Read the class and list the "
        "inconsistent identifiers with suggested renames; behavior changes are out of scope.",
        C.SIMPLE,
        D.SECURITY,
        ("naming-conventions", "readability", "oauth"),
        Variant(
            C.MODERATE,
            "oauth: readability of the whole token handling module",
            "Beyond naming, TokenService, the refresh scheduler and the storage adapter have long methods, "
            "duplicated expiry checks and sparse comments. Review the module for readability and testability and "
            "list refactors by priority.",
        ),
    ),
    Seed(
        "Tests for the {component} mock everything, do they prove anything?",
        "Almost every test for the {component} mocks its collaborators, so the suite passes even when the real "
        "integration breaks. Review the tests, identify assertions that only check the mocks, and suggest which "
        "cases need real integration tests.",
        C.MODERATE,
        D.SECURITY,
        ("test-quality", "mocking", "integration-tests"),
        Variant(
            C.SIMPLE,
            "The {component} happy-path test only asserts a mock was called",
            "Look at the single happy-path test for the {component} and say whether it verifies any real behavior or "
            "just the mock setup.",
        ),
    ),
    Seed(
        "Meta: policy engine code quality before certification assessors read it",
        "Assessors will read the source of our 60k-line policy engine. Review it for readability, dead code, test "
        "coverage of decision paths and documentation of rule evaluation order, and prioritize what a reader would "
        "stumble on.",
        C.COMPLEX,
        D.SECURITY,
        ("code-quality", "policy-engine", "certification-readiness"),
        Variant(
            C.MODERATE,
            "Policy engine: test coverage of rule evaluation order",
            "Only the evaluator module: check whether tests pin down rule priority, deny-overrides and default "
            "decisions, and list the orderings no test covers.",
        ),
    ),
    Seed(
        "Keycloak login theme PR: template conventions",
        "The PR customizes the Keycloak login theme with new FreeMarker templates. Check file layout, message keys "
        "and template naming against our theming guide before merge.",
        C.SIMPLE,
        D.SECURITY,
        ("keycloak", "templates", "conventions"),
        Variant(
            C.MODERATE,
            "Keycloak: four forked login themes have drifted",
            "Four product lines each forked the base login theme. Compare templates, message bundles and CSS, flag "
            "drift from the base theme and suggest what could be shared.",
        ),
    ),
    Seed(
        "crypto wrapper: exceptions, error codes or booleans?",
        "The wrapper around the crypto library mixes thrown exceptions, error codes and boolean returns. Review each "
        "public function, describe what callers have to do today, and propose one consistent error style with the "
        "call sites that would change.",
        C.MODERATE,
        D.SECURITY,
        ("error-handling", "api-consistency", "crypto-wrapper"),
        Variant(
            C.COMPLEX,
            "crypto wrapper: error handling at all 14 calling services",
            "Fourteen services call the wrapper and each translates its failures differently, sometimes retrying "
            "errors that should be fatal. Review the wrapper and every call site, document the patterns, and propose "
            "a convention rolled out team by team.",
        ),
    ),
    Seed(
        "secrets rotation job: log messages are hard to read during incidents",
        "Check the log statements in rotation_job.go for consistent levels, useful context fields and whether any "
        "message could print a secret value.",
        C.SIMPLE,
        D.SECURITY,
        ("logging", "secrets-rotation", "log-levels"),
        Variant(
            C.MODERATE,
            "secrets rotation job: retries, rollback, structure and tests",
            "Look past the log lines at the whole job: what happens when a consumer fails to pick up the new secret, "
            "how the code is structured, and what the tests cover.",
        ),
    ),
    Seed(
        "Proposal: new permission model for the admin API, comments before we build it",
        "The access team drafted a role and scope model to replace today's 40 ad hoc permissions. Review the doc for "
        "unclear role names, overlapping scopes, missing migration examples and open questions, and leave written "
        "comments.",
        C.MODERATE,
        D.SECURITY,
        ("proposal-feedback", "permissions", "role-model"),
        Variant(
            C.SIMPLE,
            "Permission model doc: role names in the table",
            "Only the role table in the proposal: check that the names are consistent, self-explanatory and don't "
            "collide with existing roles.",
        ),
    ),
    # Database
    Seed(
        "migrations: down() missing in 0087 and 0088",
        "Our migration guidelines require a working down migration. Check the two new migrations, say whether a "
        "rollback is possible as written, and what the down steps should do.",
        C.SIMPLE,
        D.DATABASE,
        ("migrations", "rollback", "guidelines"),
        Variant(
            C.MODERATE,
            "migrations: last 50 migrations against the guidelines",
            "The guidelines cover reversible steps, lock-safe index creation, batched backfills and naming. Check "
            "the last 50 migrations against them, tabulate violations and say which unsafe patterns keep recurring.",
        ),
    ),
    Seed(
        "pg: slow query log for the reporting service",
        "The slow query log has 300 distinct statements over one second. Group them by pattern, review the worst "
        "ones against the schema and indexes, and say which need query changes and which need index changes.",
        C.MODERATE,
        D.DATABASE,
        ("slow-queries", "indexes", "postgres"),
        Variant(
            C.SIMPLE,
            "pg: monthly revenue query does a seq scan on invoices",
            "EXPLAIN ANALYZE for the monthly revenue query shows a sequential scan on invoices. Look at the plan and "
            "the table's indexes and say whether an index would help.",
        ),
    ),
    Seed(
        "Epic: nine services, one customer DB, conflicting data model assumptions",
        "Nine services read and write the same customer database, each with its own ORM models and assumptions about "
        "nullable fields, soft deletes and status enums. Review the models against the schema, catalog the "
        "conflicts, and propose ownership rules per table.",
        C.COMPLEX,
        D.DATABASE,
        ("data-model", "shared-database", "orm"),
        Variant(
            C.MODERATE,
            "customer DB: billing vs CRM models of the accounts table",
            "Two services map the accounts table differently, including soft-delete and status handling. Compare "
            "their models with the schema and list every conflicting assumption.",
        ),
    ),
    Seed(
        "Writes to the {datastore} bypass the shared helper in two places",
        "Our convention is that all writes to the {datastore} go through one helper that validates and versions "
        "entries. A reviewer spotted two direct writes; check the module for others and say whether each is "
        "justified.",
        C.SIMPLE,
        D.DATABASE,
        ("conventions", "data-access", "write-path"),
        Variant(
            C.MODERATE,
            "How does every service access the {datastore}? Check against the helper convention",
            "Six services read and write the {datastore}, some through the shared helper, some directly, some "
            "through an old wrapper. Inventory the access paths, flag those that bypass validation or versioning, "
            "and rank them by risk.",
        ),
    ),
    Seed(
        "ORM: raw SQL creeping into the Django codebase",
        "Grep finds 70 raw() and cursor.execute calls across the apps. Review which are justified for performance, "
        "which duplicate what the ORM does, which bypass model validation or parameter binding, and propose a "
        "guideline.",
        C.MODERATE,
        D.DATABASE,
        ("django", "raw-sql", "orm", "guidelines"),
        Variant(
            C.SIMPLE,
            "ORM: could the raw query in reports/views.py be a queryset?",
            "One view builds a report with a raw cursor query. Look at it and say whether the ORM can express it "
            "cleanly and whether parameters are bound correctly.",
        ),
    ),
    Seed(
        "¿Índices duplicados en la tabla de pedidos?",
        "Someone noticed the orders table has 14 indexes. Check the index definitions and list the ones that are "
        "redundant or prefixes of others.",
        C.SIMPLE,
        D.DATABASE,
        ("indexes", "redundancy", "schema-review"),
        Variant(
            C.MODERATE,
            "Revisión de índices en las 20 tablas más grandes",
            "The 20 largest tables carry over 200 indexes combined. Review them with usage statistics, find unused "
            "and overlapping ones, and estimate the write overhead they add.",
        ),
    ),
    Seed(
        "{framework} upgrade readiness: we are two major versions behind",
        "Fifteen services depend on {framework}. Review how each uses it, find deprecated features and release-note "
        "behavior changes that affect us, check whether tests would catch regressions, and rank the blockers per "
        "service.",
        C.COMPLEX,
        D.DATABASE,
        ("upgrade-readiness", "deprecations", "compatibility"),
        Variant(
            C.MODERATE,
            "{framework} upgrade readiness of the billing service alone",
            "Just the billing service: list its uses of features deprecated or changed in the next two {framework} "
            "major versions and say how well its tests would catch breakage.",
        ),
    ),
    Seed(
        "Data dictionary out of sync with the actual tables",
        "The dictionary documents 120 tables but was last updated a year ago. Compare it with the live schema, list "
        "missing tables, wrong types and dropped columns, and flag undocumented columns analysts rely on.",
        C.MODERATE,
        D.DATABASE,
        ("data-dictionary", "documentation-accuracy", "schema"),
        Variant(
            C.SIMPLE,
            "Data dictionary entry for the payments table: still correct?",
            "Compare the documented columns of the payments table with the live schema and list the differences.",
        ),
    ),
    # Api
    Seed(
        "Tracking issue: public surface review of the Java SDK before 1.0",
        "After 1.0 we promise semver. Review every exported type and method of the Java SDK for naming consistency, "
        "leaked internals, confusing defaults and missing docs, agree findings with the four module owners, and "
        "track what must change before the tag.",
        C.COMPLEX,
        D.API,
        ("public-api", "semver", "sdk", "release-readiness"),
        Variant(
            C.MODERATE,
            "Java SDK 1.0: pagination helpers and retry options",
            "Only the pagination helpers and retry options: check naming, defaults and docs, and whether they can "
            "evolve after 1.0 without breaking callers.",
        ),
    ),
    Seed(
        "openapi: Spectral reports 45 warnings on orders.yaml",
        "Running Spectral with our ruleset gives 45 warnings, mostly missing descriptions and inconsistent casing. "
        "Say which break the API guidelines and which rules are too strict for us.",
        C.SIMPLE,
        D.API,
        ("openapi", "spectral", "lint-warnings"),
        Variant(
            C.MODERATE,
            "openapi: our Spectral ruleset and how teams suppress it",
            "The ruleset has 60 custom rules written by different people, and teams suppress many of them. Review "
            "the rules for overlap and unclear intent, see which are most suppressed across specs and why, and "
            "propose a revised ruleset.",
        ),
    ),
    Seed(
        "Magic numbers and hard-coded limits scattered through the {component}",
        "Timeouts, sizes and retry counts are hard-coded in at least a dozen places in the {component}. List each "
        "value and where it is used, flag the ones that disagree with each other, and suggest which should become "
        "configuration.",
        C.MODERATE,
        D.API,
        ("magic-numbers", "configuration", "maintainability"),
        Variant(
            C.SIMPLE,
            "Are the two timeout constants in the {component} supposed to differ?",
            "The {component} defines a 30-second timeout and a 3-second timeout for what looks like the same call. "
            "Check both usages and say whether the difference is deliberate.",
        ),
    ),
    Seed(
        "webhooks: new event payloads use camelCase, old ones snake_case",
        "Three new webhook events use camelCase while older events use snake_case. Check the new payload schemas "
        "against the API style guide and list fields to rename before they go public.",
        C.SIMPLE,
        D.API,
        ("webhooks", "naming-conventions", "payload-schema"),
        Variant(
            C.MODERATE,
            "webhooks: consistency of all 40 event payload schemas",
            "Event payloads were defined by different teams over five years. Review field naming, timestamp formats, "
            "ID types and envelope structure across all events, and propose a deprecation-safe path to one format.",
        ),
    ),
    Seed(
        "GraphQL schema: nullability choices look arbitrary",
        "About half the fields on Order and Customer are non-null, with no clear rule. Review the schema and "
        "resolvers, say where non-null promises can't be kept under partial failures, and suggest a nullability "
        "guideline.",
        C.MODERATE,
        D.API,
        ("graphql", "nullability", "schema-design"),
        Variant(
            C.SIMPLE,
            "GraphQL: should Order.shippingAddress really be non-null?",
            "Digital orders have no shipping address, yet the field is declared non-null. Check the resolver and say "
            "what clients see today and whether the type is right.",
        ),
    ),
    Seed(
        "Proposal: partner API v3, comments before it is frozen",
        "The partner team's draft changes authentication, adds async jobs for bulk operations and renames half the "
        "resources. Review the spec and migration guide for consistency with our guidelines, client migration burden "
        "and gaps in error and rate-limit semantics, and gather feedback from the three integrating teams.",
        C.COMPLEX,
        D.API,
        ("api-design-review", "proposal-feedback", "partner-api"),
        Variant(
            C.MODERATE,
            "Partner API v3: bulk async jobs section",
            "Section 6 introduces job resources for bulk operations with polling and callbacks. Review the state "
            "model, status codes and retry semantics, and list open questions for the authors.",
        ),
    ),
    Seed(
        "Could you look over my first {framework} change before I open a PR?",
        "It's about 80 lines and my first contribution to this codebase that uses {framework}. Point out anything "
        "non-idiomatic, missing tests, or things reviewers here usually object to.",
        C.SIMPLE,
        D.API,
        ("first-contribution", "idiomatic-code", "pre-review"),
        Variant(
            C.MODERATE,
            "Pre-review of my {framework} feature branch: new module, tests and docs",
            "The branch adds a module built on {framework}, with tests and docs, about 700 lines over five commits. "
            "Review structure, idiomatic use of {framework}, test quality and commit history before I ask "
            "maintainers.",
        ),
    ),
)
