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
)
