"""Hand-written base tasks for the Architecture category."""

from app.dataset.seeds._types import Seed, Variant
from app.labels import Complexity as C
from app.labels import Domain as D

SEEDS: tuple[Seed, ...] = (
    Seed(
        "Where should feature-flag state live in the {component}?",
        "Flags are read in three places today and they occasionally disagree within a single request. Pick "
        "one source of truth and describe the data flow in a half-page note before anyone starts "
        "refactoring.",
        C.SIMPLE,
        D.WEB,
        ("feature-flags", "source-of-truth", "data-flow"),
        Variant(
            C.MODERATE,
            "Design feature-flag evaluation for the {component}: targeting, caching and outage behaviour",
            "Flags must evaluate consistently everywhere they are read, support per-user and per-tenant "
            "targeting, and keep working when the flag service is down. Propose where evaluation happens, "
            "how values are cached and refreshed, and the default when nothing is reachable.",
        ),
    ),
    Seed(
        "docs: add a sequence diagram for how the {component} loads its data",
        "New team members keep asking which calls happen, in what order, and where caching kicks in. Add one "
        "Mermaid diagram to docs/architecture.md covering only the happy path.",
        C.SIMPLE,
        D.WEB,
        ("sequence-diagram", "mermaid", "onboarding-docs"),
        Variant(
            C.MODERATE,
            "Write the architecture doc for the {component}, failure paths included",
            "Produce a design doc with context, container and sequence diagrams, covering caching, retries, "
            "error states and external dependencies, and end with the open questions the team still "
            "disagrees on.",
        ),
    ),
    Seed(
        "SSR, SSG or ISR for /pricing on Next.js 14?",
        "Marketing updates prices about twice a month, and the pages must be indexable and load fast "
        "worldwide. Recommend one rendering mode for /pricing and /plans with a one-paragraph rationale and "
        "the revalidation trigger.",
        C.SIMPLE,
        D.WEB,
        ("rendering-strategy", "nextjs", "seo"),
        Variant(
            C.MODERATE,
            "Define a rendering and caching strategy for every route family in the marketing site and app",
            "About 60 routes mix static content, personalised dashboards and localized pricing. Group them "
            "into SSG, ISR, SSR and client-rendered, set CDN cache headers per group and define what "
            "triggers revalidation.",
        ),
    ),
    Seed(
        "I need someone to work out how billing and support stop blocking each other's admin console "
        "releases",
        "Both teams ship to one React 18 monorepo, and a broken test in one area blocks the other's release "
        "every week. Evaluate module federation versus separate apps behind a shell, shared design-system "
        "versioning and route ownership; deliver a recommendation, not code.",
        C.MODERATE,
        D.WEB,
        ("micro-frontends", "module-federation", "team-boundaries"),
        Variant(
            C.COMPLEX,
            "Epic: break the whole frontend estate into independently deployable micro-frontends",
            "Six teams, three legacy Angular apps and the React admin console must converge under one shell. "
            "Plan shared auth and session handling, design-system governance, cross-app navigation, "
            "performance budgets and a two-year incremental migration.",
        ),
    ),
    Seed(
        "Rethink how state is organised in the {component} before the redesign",
        "Cached remote data, in-progress edits and transient flags all sit in one global object, which "
        "causes stale reads and needless recomputation. Propose which state belongs where, who owns each "
        "piece and how updates propagate.",
        C.MODERATE,
        D.WEB,
        ("state-management", "data-ownership", "caching"),
        Variant(
            C.SIMPLE,
            "Decide which module owns the cached remote data in the {component}",
            "Two modules both refresh the same cached data and overwrite each other. Decide which one owns "
            "it and record the rule in the README.",
        ),
    ),
    Seed(
        "[Design] real-time co-editing for the notes editor",
        "Users want to edit notes together in the browser with presence cursors, up to about 20 editors per "
        "document. Compare OT with a CRDT library such as Yjs, choose the sync server topology and outline "
        "persistence and offline reconciliation.",
        C.MODERATE,
        D.WEB,
        ("real-time-collaboration", "crdt", "websockets"),
        Variant(
            C.COMPLEX,
            "Design a multi-region real-time collaboration backend for enterprise tenants",
            "Enterprise customers in three regions need sub-150 ms co-editing, per-tenant data residency and "
            "full edit history. Cover CRDT document storage, routing users to regions, failover of sync "
            "servers, snapshot compaction and capacity for 50k concurrent documents.",
        ),
    ),
    Seed(
        "How should the cart be shared between the Vue shop and the separate checkout app?",
        "The cart lives in localStorage on shop.example.com, while checkout runs on checkout.example.com as "
        "its own app. Propose who owns cart state (a server-side cart service or a token handoff), how it "
        "stays in sync and how guest carts merge on login.",
        C.MODERATE,
        D.WEB,
        ("cart", "cross-domain-state", "session"),
        Variant(
            C.SIMPLE,
            "Pick how the cart id travels from shop to checkout",
            "Checkout only needs the cart id. Choose between a parent-domain cookie and a signed "
            "query-string handoff, and write the trade-off down in one paragraph.",
        ),
    ),
    Seed(
        "Dashboard LCP regressed to 6 s after v3.2, we need a different loading architecture",
        "The React SPA ships a 4 MB bundle and fires 14 API calls on boot before anything renders. Propose "
        "architectural changes (route splitting, SSR or islands, a BFF aggregating the calls, edge caching) "
        "with expected gains and a phased rollout across all product areas.",
        C.COMPLEX,
        D.WEB,
        ("core-web-vitals", "bundle-size", "bff", "performance"),
        Variant(
            C.MODERATE,
            "Plan code-splitting boundaries for the dashboard SPA",
            "The bundle is 4 MB because every route is imported eagerly. Define route-level chunk "
            "boundaries, what belongs in the shared vendor chunk, and a bundle-size budget enforced in CI.",
        ),
    ),
    Seed(
        "RFC: move the storefront from the Rails monolith to a headless setup",
        "Templates, cart and CMS all live in one Rails 6 app, and every content change needs a deploy. "
        "Propose the target split (Next.js frontend, commerce API, headless CMS), strangler routing at the "
        "CDN, SEO preservation and the order in which pages move.",
        C.COMPLEX,
        D.WEB,
        ("headless-commerce", "strangler-fig", "monolith-migration"),
        Variant(
            C.MODERATE,
            "Plan moving only the /blog section off Rails to a headless CMS",
            "Start small with the blog: define the content model, how /blog routes are proxied at the CDN, "
            "redirects that keep SEO intact and how editors preview drafts.",
        ),
    ),
    Seed(
        "Do we need a second region for checkout, and what would a warm standby look like?",
        "A three-hour eu-west-1 outage last quarter took checkout down completely. Define what gets "
        "replicated to a standby region, the RPO and RTO we can promise, DNS failover, and how we rehearse "
        "it every quarter.",
        C.MODERATE,
        D.WEB,
        ("warm-standby", "disaster-recovery", "multi-region"),
        Variant(
            C.COMPLEX,
            "Run checkout active-active across two regions with no single-region dependency",
            "Design request routing, replication of carts, orders and inventory with conflict handling, "
            "session affinity, payment-provider failover, and the drills that prove a whole region can "
            "vanish without dropping orders.",
        ),
    ),
    Seed(
        "Epic: one design system shared by web, iOS and Android",
        "Three apps implement buttons, spacing and colours separately and drift apart every release. Plan a "
        "token pipeline (Style Dictionary), component ownership, versioning and release cadence, and how "
        "product teams adopt it without a feature freeze.",
        C.COMPLEX,
        D.WEB,
        ("design-system", "design-tokens", "cross-platform"),
        Variant(
            C.SIMPLE,
            "Settle the naming convention for design tokens",
            "Before any pipeline exists, agree how tokens are named (for example color.bg.surface.default) "
            "and document the scheme on a single wiki page.",
        ),
    ),
    Seed(
        "How do we migrate the {component} off {framework} without a feature freeze?",
        "It is large, heavily used, and several squads ship changes to it every week. Define how old and new "
        "implementations coexist, the order in which parts move, shared state during the transition, and "
        "exit criteria for each step.",
        C.COMPLEX,
        D.WEB,
        ("incremental-migration", "coexistence", "framework-migration"),
        Variant(
            C.MODERATE,
            "Pilot moving one self-contained part of the {component} off {framework}",
            "Choose a small, well-bounded piece, define how it runs next to the old implementation, how it "
            "shares state and routing, and the exit criterion before the next piece starts.",
        ),
    ),
    Seed(
        "Agree on one naming scheme for everything we run on {platform}",
        "Environments, stacks and DNS names follow three different patterns, and people have deployed to the "
        "wrong place twice. Propose one convention for environments, resources and hostnames and put it in "
        "docs/conventions.md.",
        C.SIMPLE,
        D.DEVOPS,
        ("naming-convention", "environments", "conventions"),
        Variant(
            C.MODERATE,
            "Design the environment topology on {platform}: shared vs per-team, previews and promotion",
            "Define how many environments and isolation units we run, where preview environments live, how "
            "one artifact is promoted from dev to prod, and which team owns each layer.",
        ),
    ),
    Seed(
        "terraform modules: monorepo or private registry?",
        "Twelve Terraform modules are copy-pasted across four repos and have drifted. Recommend one layout "
        "(a single modules repo with tags, a private registry, or per-service copies) in a short ADR, "
        "including how versions get pinned.",
        C.SIMPLE,
        D.DEVOPS,
        ("terraform", "repo-layout", "module-versioning"),
        Variant(
            C.MODERATE,
            "Restructure Terraform into layered stacks backed by a private module registry",
            "Split state into network, platform and service layers, define module interfaces and version "
            "pinning, stand up the registry, and plan moving existing state without recreating resources.",
        ),
    ),
    Seed(
        "Is {framework} overkill for what we're building?",
        "We are four engineers, load is modest and there is a single on-call rotation. Give a short "
        "recommendation comparing its operational cost with the simpler option we run today.",
        C.SIMPLE,
        D.DEVOPS,
        ("tool-selection", "operational-cost", "adr"),
        Variant(
            C.MODERATE,
            "Evaluate adopting {framework} across our services and plan the rollout",
            "Compare it with the current setup on cost, skills, failure modes and lock-in, propose which "
            "services move first, and define what success looks like after one quarter.",
        ),
    ),
    Seed(
        "CI takes 55 minutes on every PR because the monorepo rebuilds all 40 services",
        "Every pull request builds and tests everything in GitHub Actions. Propose affected-target detection "
        "(Bazel, Nx or path filters), shared remote caching, stage layout and a merge queue so median CI "
        "time drops below 15 minutes.",
        C.MODERATE,
        D.DEVOPS,
        ("ci-cd", "monorepo", "build-caching"),
        Variant(
            C.COMPLEX,
            "Epic: org-wide build and release platform replacing per-team pipelines",
            "Nine teams run their own Jenkins and Actions pipelines with different security gates. Design a "
            "shared platform with build graph, remote cache, artifact provenance and progressive delivery, "
            "plus a migration path for each team.",
        ),
    ),
    Seed(
        "Plan migrating the {component} to {platform}",
        "Today it runs on hand-managed VMs with manual deploys and nobody wants to touch it. Outline the "
        "target layout, what changes in configuration and secrets handling, the cutover steps and how we "
        "roll back if error rates climb.",
        C.MODERATE,
        D.DEVOPS,
        ("migration-plan", "cutover", "rollback"),
        Variant(
            C.COMPLEX,
            "Move every workload, the {component} included, to {platform} within two quarters",
            "Around 60 services, stateful stores and batch jobs are in scope. Define migration waves, "
            "landing-zone design, connectivity during the hybrid period, the data transfer approach and the "
            "decommission plan for the old estate.",
        ),
    ),
    Seed(
        "Blue-green or canary for the {component}?",
        "Every release causes a couple of minutes of errors. Compare blue-green and canary releases for it, "
        "including data compatibility between old and new versions and automatic rollback when error rates "
        "rise, and recommend one.",
        C.MODERATE,
        D.API,
        ("deployment-strategy", "canary", "blue-green"),
        Variant(
            C.SIMPLE,
            "Pick canary steps and abort thresholds for the {component} rollout",
            "The canary approach is already agreed. Decide the traffic steps, the bake time between them and "
            "the error-rate and latency thresholds that abort, and record them next to the rollout config.",
        ),
    ),
    Seed(
        "Proposer une architecture de logs centralisée pour nos clusters Kubernetes",
        "Logs from three clusters stay on node disks and disappear on rotation; a self-hosted ELK attempt "
        "was too expensive. Compare Loki, OpenSearch and a managed service, define retention tiers and "
        "per-team separation, and estimate the monthly cost.",
        C.MODERATE,
        D.DEVOPS,
        ("logging", "observability", "kubernetes"),
        Variant(
            C.SIMPLE,
            "Set log retention tiers before choosing a logging backend",
            "Decide how long application, audit and access logs stay searchable and how long they are "
            "archived, based on the compliance checklist, and write it down in one table.",
        ),
    ),
    Seed(
        "How should we lay out AWS accounts now that everything sits in one?",
        "Prod, staging and experiments share a single AWS account with long-lived IAM users. Propose an "
        "Organizations layout (security, log archive, shared services, per-environment workloads), SCP "
        "guardrails and how networking between accounts works.",
        C.MODERATE,
        D.DEVOPS,
        ("aws-organizations", "landing-zone", "multi-account"),
        Variant(
            C.SIMPLE,
            "Decide which account receives the org-wide CloudTrail logs",
            "As part of the multi-account move, pick where organisation CloudTrail and Config data land and "
            "who may read it; one paragraph in the ADR.",
        ),
    ),
    Seed(
        "Design disaster recovery for the platform: RPO 15 min, RTO 1 h",
        "Auditors noted we have backups but have never tested a recovery. Cover every tier (EKS, RDS, S3, "
        "Kafka, secrets), choose pilot light or warm standby per tier, cross-region replication, runbooks "
        "and a game-day schedule.",
        C.COMPLEX,
        D.DEVOPS,
        ("disaster-recovery", "rpo-rto", "game-day"),
        Variant(
            C.MODERATE,
            "Plan cross-region recovery for the three RDS Postgres instances",
            "Scope is only the databases: choose snapshot copies or a cross-region read replica, set their "
            "RPO and RTO, and write the promotion procedure.",
        ),
    ),
    Seed(
        "Epic: from Jenkins and Ansible to GitOps on Kubernetes",
        "About 120 services deploy through bespoke Jenkins jobs and Ansible playbooks. Design the target "
        "(Argo CD, app-of-apps, environment repos), secrets handling, promotion flow and multi-cluster "
        "topology, plus a migration path teams can follow without a freeze.",
        C.COMPLEX,
        D.DEVOPS,
        ("gitops", "argo-cd", "platform-engineering"),
        Variant(
            C.MODERATE,
            "Lay out GitOps for the checkout team's six services as a pilot",
            "Pick the repository structure, Argo CD application layout and promotion flow for this one team, "
            "and collect the lessons before the wider rollout.",
        ),
    ),
    Seed(
        "Black Friday capacity plan: 10x traffic across the platform",
        "Last year the platform degraded at 4x normal load. Model expected load per service, identify shared "
        "bottlenecks (NAT gateways, database connections, Kafka partitions), set autoscaling and pre-warming "
        "plans and define load-test gates.",
        C.COMPLEX,
        D.DEVOPS,
        ("capacity-planning", "autoscaling", "load-testing"),
        Variant(
            C.MODERATE,
            "Size autoscaling for the checkout deployment ahead of Black Friday",
            "Only checkout: set HPA minimum and maximum, requests and limits, and node-pool headroom from "
            "last year's peak, and specify the load test that proves it holds.",
        ),
    ),
    Seed(
        "Should we go multi-cloud, or is multi-region AWS enough?",
        "A large customer contract asks for resilience against a provider-wide outage. Analyse the realistic "
        "failure modes, cost and complexity of adding GCP versus multi-region AWS, and propose an "
        "architecture and phased plan for the option we pick.",
        C.COMPLEX,
        D.DEVOPS,
        ("multi-cloud", "resilience", "vendor-risk"),
        Variant(
            C.MODERATE,
            "Compare active-passive and active-active for the API tier across two AWS regions",
            "Ignore multi-cloud for now. For the public API tier only, choose a topology and outline the "
            "data replication and DNS changes it needs.",
        ),
    ),
    Seed(
        "Spike: what would an internal developer platform look like for us?",
        "Spinning up a service takes days of wiring repo, CI, Helm chart, dashboards and alerts by hand. "
        "Explore Backstage templates versus in-house tooling, define golden paths, the platform team's scope "
        "and a three-quarter roadmap.",
        C.COMPLEX,
        D.DEVOPS,
        ("developer-platform", "backstage", "golden-paths"),
        Variant(
            C.SIMPLE,
            "List what every new service template must ship with",
            "Write one doc page with the minimum pieces a template provides: CI workflow, Helm chart, "
            "dashboards, alert rules and a README skeleton.",
        ),
    ),
    Seed(
        "Plan a zero-downtime major upgrade of {framework} across every environment",
        "We are two major versions behind, some services depend on removed APIs and prod cannot take a "
        "maintenance window. Define the compatibility audit, upgrade order, parallel-run or blue-green "
        "approach and the rollback at each step.",
        C.COMPLEX,
        D.DEVOPS,
        ("version-upgrade", "zero-downtime", "compatibility"),
        Variant(
            C.MODERATE,
            "Plan the {framework} upgrade for staging first",
            "Limit the first step to staging: list the deprecated APIs in use, the upgrade sequence and the "
            "checks that must pass before anyone plans production.",
        ),
    ),
    Seed(
        "Sketch the Postgres schema for post tags",
        "Blog posts need free-form tags, and we want to list posts by tag and show tag counts. Propose "
        "tables, keys, the unique constraint on the join table and the indexes; a DDL outline is enough.",
        C.SIMPLE,
        D.DATABASE,
        ("schema-design", "many-to-many", "postgres"),
        Variant(
            C.MODERATE,
            "Design the taxonomy model for posts: tags, nested topics and synonyms",
            "Editors want hierarchical topics, tag synonyms and per-locale names on top of plain tags. "
            "Propose tables, how the hierarchy is stored (adjacency list, ltree or closure table) and the "
            "queries it must serve quickly.",
        ),
    ),
    Seed(
        "Model orders for the multi-vendor marketplace",
        "One checkout can contain items from several sellers, each shipping and refunding separately. Model "
        "orders, seller sub-orders, line items, payouts and refunds in PostgreSQL so seller reports do not "
        "need five-table joins.",
        C.MODERATE,
        D.DATABASE,
        ("data-modeling", "marketplace", "orders"),
        Variant(
            C.SIMPLE,
            "Should an order snapshot the shipping address or reference it?",
            "Today the address is copied onto orders and also referenced from customers. Pick one approach "
            "for the snapshot-versus-reference question and write it up as a short ADR.",
        ),
    ),
    Seed(
        "Epic: shard the single Postgres primary by tenant",
        "The 4 TB primary peaks at 85% CPU and autovacuum cannot keep up. Plan the shard key, routing layer "
        "(Citus or application-level), cross-shard reporting, an online migration with dual writes, and "
        "rollback.",
        C.COMPLEX,
        D.DATABASE,
        ("sharding", "citus", "postgres", "online-migration"),
        Variant(
            C.MODERATE,
            "Plan monthly partitioning of the orders table",
            "Vertical headroom is fine, but the 900M-row orders table makes vacuum and index rebuilds "
            "painful. Propose declarative range partitioning, retention by detaching partitions and what "
            "changes for existing queries and foreign keys.",
        ),
    ),
    Seed(
        "Write a retention policy for the {datastore}",
        "It keeps growing every month and nobody knows what can safely be deleted. Write a one-page policy: "
        "what is kept, for how long, and what is archived versus purged.",
        C.SIMPLE,
        D.DATABASE,
        ("data-retention", "archival", "storage-growth"),
        Variant(
            C.MODERATE,
            "Design tiered storage and archival for the {datastore}",
            "Define hot, warm and cold tiers, the jobs that move data between them, how archived records are "
            "restored on request and how deletion requests are honoured.",
        ),
    ),
    Seed(
        "UUIDv7 or bigint identity for primary keys in new services?",
        "Three new Postgres-backed services start next sprint and we want one convention. Give a short "
        "recommendation covering index locality, exposing IDs in URLs and merging data across shards later.",
        C.SIMPLE,
        D.DATABASE,
        ("primary-keys", "uuid", "postgres"),
        Variant(
            C.MODERATE,
            "Define an ID strategy across services: internal keys, public IDs and cross-service references",
            "Cover internal key types versus externally exposed IDs, prefixed public IDs such as ord_..., "
            "how services reference each other's entities and how existing integer IDs migrate.",
        ),
    ),
    Seed(
        "Should change history for the {datastore} live next to it or separately?",
        "We need to show who changed a record and when. Decide between a separate history store written on "
        "each change, built-in versioning features, or an append-only change log, and write up the choice.",
        C.SIMPLE,
        D.DATABASE,
        ("audit-trail", "change-history", "temporal-data"),
        Variant(
            C.COMPLEX,
            "Design a company-wide change-history architecture for all business data",
            "Compliance wants tamper-evident history for invoices, contracts and user records across 14 "
            "services and three database engines. Cover change capture, immutable storage, auditor query "
            "access, retention and conflicts with GDPR erasure.",
        ),
    ),
    Seed(
        "Analytics queries against the {datastore} slow production down every Monday",
        "Dashboards query it directly during business hours and compete with customer traffic. Propose a "
        "reporting architecture (replica, change-data-capture into a warehouse, or precomputed rollups), "
        "freshness targets per dashboard and which queries move where.",
        C.MODERATE,
        D.DATABASE,
        ("reporting", "read-replica", "workload-isolation"),
        Variant(
            C.SIMPLE,
            "Decide which dashboards can live with stale data from the {datastore}",
            "Before moving anything, classify the 25 dashboards by acceptable staleness (seconds, minutes, a "
            "day) and record the result in a table.",
        ),
    ),
    Seed(
        "feat(schema): multi-currency prices and orders",
        "Prices are stored as a single numeric column in EUR. Design how amounts, currencies, FX rates at "
        "order time and rounding rules are stored, and how reports convert totals, without breaking existing "
        "invoices.",
        C.MODERATE,
        D.DATABASE,
        ("multi-currency", "money", "schema-evolution"),
        Variant(
            C.COMPLEX,
            "Design the ledger data model for multi-currency, multi-entity accounting",
            "Finance needs double-entry ledgers per legal entity, FX revaluation, immutable postings and "
            "reconciliation with payment providers. Model accounts, journals and balances, and how five "
            "services write to them consistently.",
        ),
    ),
    Seed(
        "Should the product catalog stay on MongoDB or move to Postgres with JSONB?",
        "The catalog holds 2M products with variable attributes and we keep writing joins in application "
        "code. Compare staying on MongoDB 6 with relational core fields plus JSONB in Postgres, including "
        "search, migration effort and risk.",
        C.MODERATE,
        D.DATABASE,
        ("database-selection", "mongodb", "jsonb"),
        Variant(
            C.COMPLEX,
            "Plan the zero-downtime catalog migration from MongoDB to Postgres",
            "Define the target schema, dual writes or CDC sync, backfill and verification, cutover of the 11 "
            "consuming services, the search index rebuild and rollback at each phase.",
        ),
    ),
    Seed(
        "¿Cómo diseñamos el esquema de reservas de citas sin dobles reservas?",
        "A clinic booking app needs appointments per doctor, recurring weekly availability and correct time "
        "zones. Propose the Postgres tables and constraints (for example exclusion constraints on tstzrange) "
        "and how cancellations and temporary holds expire.",
        C.MODERATE,
        D.DATABASE,
        ("booking", "exclusion-constraint", "time-zones"),
        Variant(
            C.SIMPLE,
            "Which Postgres constraint stops two appointments overlapping for one doctor?",
            "Answer for the appointments table only: describe the exclusion constraint on doctor_id and a "
            "tstzrange, and the extension it requires.",
        ),
    ),
    Seed(
        "Multi-tenancy for the {datastore}: shared, separate schemas or separate instances?",
        "We have 300 tenants sharing everything through a tenant_id column, and two enterprise customers now "
        "demand isolation. Recommend a model (possibly hybrid), how the boundary is enforced and how a "
        "tenant moves between tiers.",
        C.MODERATE,
        D.DATABASE,
        ("multi-tenancy", "tenant-isolation", "row-level-security"),
        Variant(
            C.COMPLEX,
            "Architect tenant isolation tiers across the entire data platform",
            "Isolation must hold in Postgres, Redis, S3, search and the warehouse. Define pooled and siloed "
            "tiers, provisioning automation, per-tenant encryption keys, noisy-neighbour controls and a plan "
            "to move 300 tenants.",
        ),
    ),
    Seed(
        "Epic: get off Oracle 12c before the licence renewal",
        "Two hundred PL/SQL packages, nightly batch jobs and four applications depend on the Oracle schema, "
        "and the licence ends in 14 months. Plan assessment, schema and code conversion to PostgreSQL, "
        "replication during the transition, performance validation and cutover per application.",
        C.COMPLEX,
        D.DATABASE,
        ("oracle", "postgres", "database-migration"),
        Variant(
            C.MODERATE,
            "Plan migrating the read-only reporting schema from Oracle to Postgres as the pilot",
            "Map types and PL/SQL to PL/pgSQL for this schema, set up replication during the transition and "
            "define the validation that must pass before cutover.",
        ),
    ),
    Seed(
        "Capacity plan for the {datastore} covering the next 18 months",
        "Usage grows about 6% a month and we hit storage and connection limits twice last quarter without "
        "warning. Model growth, choose scaling steps (vertical, replicas, partitioning, sharding), set "
        "thresholds that trigger each step and estimate cost.",
        C.COMPLEX,
        D.DATABASE,
        ("capacity-planning", "growth-forecast", "scaling"),
        Variant(
            C.MODERATE,
            "Forecast next quarter's load on the {datastore} and set early-warning alerts",
            "Short term only: project storage, throughput and concurrency for the next three months and "
            "define alert thresholds that fire two weeks before a limit is reached.",
        ),
    ),
    Seed(
        "Users see stale profiles right after saving: replica lag breaks read-your-writes",
        "Eight services read from three MySQL replicas and lag reaches 20 s during batch jobs. Design a "
        "consistency strategy (session stickiness, GTID waits, routing reads after writes to the primary, "
        "cache invalidation) that works across all services.",
        C.COMPLEX,
        D.DATABASE,
        ("replication-lag", "read-your-writes", "consistency"),
        Variant(
            C.MODERATE,
            "Design read-after-write handling for the profile service only",
            "Choose between pinning reads to the primary for a few seconds after a write and waiting on a "
            "GTID, and define how clients signal that they just wrote.",
        ),
    ),
    Seed(
        "RFC: stream changes from the {datastore} into the warehouse and search",
        "Nightly dumps mean every downstream copy is a day stale. Propose log-based change data capture "
        "through Kafka, schema evolution, ordering and delivery guarantees, backfills, and how new "
        "downstream consumers are onboarded.",
        C.COMPLEX,
        D.DATABASE,
        ("cdc", "kafka", "data-sync"),
        Variant(
            C.MODERATE,
            "Design change capture from the {datastore} into a single search index",
            "One source and one sink: define the connector scope, topic layout, how updates and deletes map "
            "to documents, and how a full reindex is triggered.",
        ),
    ),
    Seed(
        "Spike: Spanner, CockroachDB or Aurora Global for users in four regions",
        "Login and profile data must be writable in the US, EU, APAC and LATAM with local latency and EU "
        "residency. Compare consistency models, failure behaviour, cost and migration effort from our single "
        "Postgres, and recommend an architecture.",
        C.COMPLEX,
        D.DATABASE,
        ("distributed-database", "geo-partitioning", "data-residency"),
        Variant(
            C.MODERATE,
            "Serve EU profile reads locally while writes stay in us-east-1",
            "Choose how EU reads get local latency (Aurora Global reader, logical replica or a cache), state "
            "the staleness each option implies and how writes route back.",
        ),
    ),
    Seed(
        "offset vs cursor pagination for GET /v2/orders",
        "The endpoint returns up to 50k orders per merchant and clients sort by created_at. Pick one "
        "pagination style, define the query parameters and response envelope, and add it to the API "
        "guidelines.",
        C.SIMPLE,
        D.API,
        ("pagination", "rest", "api-guidelines"),
        Variant(
            C.MODERATE,
            "Define pagination, filtering and sorting conventions for the whole public API",
            "Each endpoint invented its own. Write the standard (cursor format, filter syntax, sort "
            "parameters, limits), the response envelope and how existing endpoints migrate without breaking "
            "clients.",
        ),
    ),
    Seed(
        "What should POST /refunds return when the same Idempotency-Key is retried?",
        "Clients retry after timeouts with the same key. Decide between 200 with the original body, 409 or "
        "422, and document the behaviour in the refunds API reference.",
        C.SIMPLE,
        D.API,
        ("idempotency", "http-status-codes", "api-contract"),
        Variant(
            C.MODERATE,
            "Design idempotency handling for every payment-mutating endpoint",
            "Define key scope and lifetime, how request fingerprints and responses are stored, behaviour on "
            "concurrent duplicates and mismatched bodies, and how it works behind the load balancer.",
        ),
    ),
    Seed(
        "Write the versioning policy for the {component}",
        "Consumers keep getting broken by unannounced changes. Draft a one-page policy: what counts as "
        "breaking, how versions are numbered and how long old versions stay supported.",
        C.SIMPLE,
        D.API,
        ("versioning", "breaking-changes", "deprecation-policy"),
        Variant(
            C.MODERATE,
            "Plan how the {component} evolves without breaking its consumers",
            "Define compatibility rules, a deprecation and sunset process, contract tests against the main "
            "consumers, and a changelog and notification routine.",
        ),
    ),
    Seed(
        "Thin or fat event payloads from the {component}?",
        "Consumers receive change notifications from it. Decide whether each payload carries the full record "
        "or only an id plus a link to fetch it, weighing size, ordering and freshness, in one ADR.",
        C.SIMPLE,
        D.API,
        ("event-payload", "notifications", "adr"),
        Variant(
            C.COMPLEX,
            "Design reliable webhook delivery to 5k partner endpoints",
            "Needs per-endpoint retries with backoff, ordering per resource, payload signing with key "
            "rotation, replay from a portal, dead-lettering, and isolation so one slow partner cannot delay "
            "the others.",
        ),
    ),
    Seed(
        "Should the iOS and Android apps get their own backend-for-frontend?",
        "The apps make nine calls to render the home screen and each release waits on backend changes. "
        "Evaluate a BFF (GraphQL or REST aggregation), who owns it, caching, and how it relates to the "
        "public API.",
        C.MODERATE,
        D.API,
        ("bff", "api-aggregation", "graphql"),
        Variant(
            C.SIMPLE,
            "Sketch the response shape for a single /home aggregation endpoint",
            "Combine the nine home-screen calls into one response: draft the JSON shape and mark which "
            "fields may be null when a backend is down.",
        ),
    ),
    Seed(
        "feat: per-plan rate limits for the public API",
        "Limits are hard-coded at 100 rpm in Kong and a few clients starve the rest. Define limit keys (API "
        "key, org, route), token bucket or sliding window, where counters live across three gateway nodes, "
        "response headers and plan-based quotas.",
        C.MODERATE,
        D.API,
        ("rate-limiting", "api-gateway", "quotas"),
        Variant(
            C.COMPLEX,
            "Design global rate limiting and quota enforcement across regions",
            "The API now runs in three regions with separate gateways. Define counter synchronisation, "
            "acceptable over-admission, fail-open rules, billing-grade quota metering and how abusive "
            "clients are escalated.",
        ),
    ),
    Seed(
        "Should new internal services talk gRPC or stay on REST/JSON?",
        "We run 25 Spring Boot services on REST, and the new Go services want gRPC. Weigh code generation "
        "and contracts, streaming needs, debugging tools, load balancing on Kubernetes and the cost of "
        "running both styles.",
        C.MODERATE,
        D.API,
        ("grpc", "rest", "service-communication"),
        Variant(
            C.SIMPLE,
            "Pick the protobuf package and file layout for the first gRPC service",
            "The ledger service goes first. Decide package naming, where .proto files live and how generated "
            "code is published, and write it down.",
        ),
    ),
    Seed(
        "Preciso desenhar a API pública de pagamentos para parceiros",
        "Partners in Brazil will create charges, refunds and Pix payments through us. Define resources, "
        "authentication via OAuth client credentials, idempotency, status-change webhooks and the error "
        "model before any code is written.",
        C.MODERATE,
        D.API,
        ("payments-api", "pix", "api-design"),
        Variant(
            C.COMPLEX,
            "Design the partner payments platform: API, multi-acquirer routing, settlement and "
            "reconciliation",
            "Beyond the API, cover routing across three acquirers, settlement files, reconciliation, "
            "behaviour when an acquirer is down and regulatory reporting, with the work split across four "
            "teams.",
        ),
    ),
    Seed(
        "Define the contract between the {component} and the three teams that call it",
        "Each caller assumes different error and timeout behaviour. Write the interface contract (inputs, "
        "outputs, error cases, timeouts, retries, ownership of changes) and add contract tests that keep it "
        "honest.",
        C.MODERATE,
        D.API,
        ("interface-contract", "contract-testing", "ownership"),
        Variant(
            C.SIMPLE,
            "List the error cases the {component} exposes to callers",
            "Enumerate the failures a caller can observe and what each one means, as a table in the README.",
        ),
    ),
    Seed(
        "Can you design the GraphQL schema for the merchant dashboard?",
        "The dashboard needs orders, payouts, disputes and analytics. Define types, connection-based "
        "pagination, mutations and error unions, N+1 avoidance with DataLoader, and which resolvers call "
        "which backend services.",
        C.MODERATE,
        D.API,
        ("graphql", "schema-design", "dataloader"),
        Variant(
            C.COMPLEX,
            "Plan a federated GraphQL supergraph across all product teams",
            "Eight teams will own subgraphs. Define entity ownership and keys, schema governance with "
            "breaking-change checks, gateway performance and caching, and migration away from the current "
            "monolithic schema.",
        ),
    ),
    Seed(
        "Checkout times out whenever inventory is slow; should the order flow become event-driven?",
        "Checkout calls inventory, pricing, fraud and payments synchronously, p99 is 4 s and one slow "
        "dependency fails the order. Design an event-driven flow on Kafka with a saga for payment and stock "
        "reservation, compensations, idempotent consumers and a migration path.",
        C.COMPLEX,
        D.API,
        ("event-driven", "saga", "kafka", "checkout"),
        Variant(
            C.MODERATE,
            "Decouple order confirmation emails from the checkout request",
            "Only the notification step: publish an OrderPlaced event, have the notifier consume it, and "
            "define the event schema, retries and deduplication.",
        ),
    ),
    Seed(
        "RFC: extract billing from the Django monolith into its own service",
        "Billing tables are joined from 40 places and invoices run from cron. Define the service boundary, "
        "the API and events it exposes, data ownership and migration, the strangler steps and how "
        "consistency with orders is kept.",
        C.COMPLEX,
        D.API,
        ("monolith-decomposition", "service-boundaries", "billing"),
        Variant(
            C.SIMPLE,
            "List the functions other Django apps may call on billing",
            "Before any extraction, write down the small set of billing functions other apps are allowed to "
            "call, in billing/README.md.",
        ),
    ),
    Seed(
        "One gateway for public, partner and internal traffic, or three?",
        "Kong fronts the public API, a hand-written nginx config serves partners, and internal calls go "
        "direct. Design the gateway topology, authentication at the edge versus in services, rate limits, "
        "observability, and how 60 services register routes without a central bottleneck team.",
        C.COMPLEX,
        D.API,
        ("api-gateway", "edge-authentication", "traffic-management"),
        Variant(
            C.MODERATE,
            "Design how partner API routes are declared and reviewed in Kong",
            "Define a declarative route config per service, ownership and review rules, and a CI check that "
            "rejects conflicting paths.",
        ),
    ),
    Seed(
        "Public API v3: redesign resources and migrate 1,200 integrations",
        "v1 and v2 differ in auth, pagination and error formats, and both are still heavily used. Design the "
        "v3 resource model and conventions, compatibility shims, SDK generation from OpenAPI, a deprecation "
        "timeline and migration tooling for partners.",
        C.COMPLEX,
        D.API,
        ("api-versioning", "openapi", "deprecation", "sdk"),
        Variant(
            C.MODERATE,
            "Design the v3 error format and map every v1/v2 error onto it",
            "Define a problem+json envelope with stable codes and a mapping table from each existing v1 and "
            "v2 error so the gateway can translate.",
        ),
    ),
    Seed(
        "How do we make Stripe webhook processing effectively exactly-once across services?",
        "Stripe retries, our consumers retry, and duplicates double-credited wallets twice this month. "
        "Design end-to-end deduplication: an inbox table, idempotent handlers, an outbox for downstream "
        "events, ordering per payment intent and daily reconciliation.",
        C.COMPLEX,
        D.API,
        ("exactly-once", "outbox-pattern", "webhooks", "stripe"),
        Variant(
            C.MODERATE,
            "Design the inbox table for Stripe webhook dedup in the wallet service",
            "Only the wallet service: define the inbox schema, the unique key on event id, the transaction "
            "boundary with the balance update, and cleanup of old rows.",
        ),
    ),
    Seed(
        "Stop {component} slowdowns from cascading into a full outage",
        "When it slows down, callers pile up threads and the incident spreads within minutes. Design "
        "timeouts, retry budgets, circuit breakers, bulkheads and graceful degradation for every caller, and "
        "a way to rehearse it in staging.",
        C.COMPLEX,
        D.API,
        ("circuit-breaker", "resilience", "cascading-failure"),
        Variant(
            C.MODERATE,
            "Define timeout and retry budgets for calls into the {component}",
            "Only its direct callers: derive timeouts from observed latency, set retry limits and backoff, "
            "and specify what each caller does when the budget runs out.",
        ),
    ),
    Seed(
        "Document the threading model of the {component}",
        "Contributors keep adding locks in the wrong places. Write a short section in ARCHITECTURE.md "
        "stating which threads touch which data and which calls are allowed to block.",
        C.SIMPLE,
        D.SYSTEMS,
        ("threading-model", "concurrency", "architecture-docs"),
        Variant(
            C.MODERATE,
            "Redesign the {component} concurrency model to remove the global lock",
            "One coarse lock serialises most operations. Propose a new model (sharded locks, message passing "
            "or per-core ownership), map each operation onto it and stage the change.",
        ),
    ),
    Seed(
        "ring buffer or bounded channel?",
        "This is for the packet reader and writer threads in our Rust agent: single producer, single "
        "consumer, about 2M messages per second, and the reader must never block. Recommend one with a short "
        "note on backpressure and memory bounds.",
        C.SIMPLE,
        D.SYSTEMS,
        ("spsc-queue", "backpressure", "rust"),
        Variant(
            C.MODERATE,
            "Design the stages and backpressure of the packet capture agent",
            "Capture, decode, filter and export run on separate threads. Define the queues between stages, "
            "what happens when export falls behind (drop, sample or block), memory limits and per-stage "
            "metrics.",
        ),
    ),
    Seed(
        "Add a format version to what we store in the {datastore}",
        "The record layout changes next release and old data must still be readable. Decide what the header "
        "carries (magic bytes, version, flags, checksum) so readers can detect old data and either upgrade "
        "or reject it.",
        C.SIMPLE,
        D.SYSTEMS,
        ("file-format", "versioning", "backward-compatibility"),
        Variant(
            C.MODERATE,
            "Design a versioned storage format with online upgrade for the {datastore}",
            "Cover record framing, checksums, how old and new formats coexist during rolling upgrades, "
            "background rewriting of old data and how a downgrade is refused safely.",
        ),
    ),
    Seed(
        "How should third-party plugins hook into our Rust CLI?",
        "Users want custom subcommands and output formatters without forking. Compare dynamic libraries, "
        "WASM components and subprocess plugins over stdio on ABI stability, sandboxing and distribution, "
        "and propose the plugin interface.",
        C.MODERATE,
        D.SYSTEMS,
        ("plugin-system", "wasm", "abi-stability"),
        Variant(
            C.SIMPLE,
            "Specify the stdio message format for subprocess plugins",
            "Subprocess plugins were chosen. Define the request and response messages, including a version "
            "field, for one command invocation in docs/plugins.md.",
        ),
    ),
    Seed(
        "Architektur für Firmware-Updates auf unseren Embedded-Geräten entwerfen",
        "About 40k ARM devices in the field update over flaky cellular links. Propose an A/B partition "
        "layout, signed images, resumable downloads and automatic rollback when the new image fails its "
        "health check.",
        C.MODERATE,
        D.SYSTEMS,
        ("firmware-update", "ota", "embedded"),
        Variant(
            C.COMPLEX,
            "Design the OTA system for the whole device fleet, including staged rollout and monitoring",
            "Beyond the device side: an update server, cohort-based staged rollouts, delta images, "
            "telemetry-driven halt rules, signing key management and support for three hardware revisions.",
        ),
    ),
    Seed(
        "Should the {component} run in its own process?",
        "A crash in it currently takes down everything else, but moving it out adds IPC overhead. Weigh "
        "isolation, latency and deployment complexity, and recommend a boundary and a communication "
        "mechanism.",
        C.MODERATE,
        D.SYSTEMS,
        ("process-isolation", "ipc", "fault-isolation"),
        Variant(
            C.COMPLEX,
            "Design a supervised multi-process architecture with the {component} isolated and restartable",
            "Define process boundaries, a supervision tree and restart policies, how shared state survives "
            "restarts, IPC protocol versioning and how upgrades happen without dropping in-flight work.",
        ),
    ),
    Seed(
        "Replace crontabs on 80 hosts with a distributed job scheduler",
        "Jobs must run exactly once per schedule even when nodes die, support dependencies and backfills, "
        "and keep run history. Cover leader election or sharded ownership, clock skew, missed runs and how "
        "existing crontabs migrate.",
        C.COMPLEX,
        D.SYSTEMS,
        ("job-scheduler", "leader-election", "exactly-once"),
        Variant(
            C.MODERATE,
            "Design a single-node job runner with persistent history for the batch host",
            "One host is fine for now: define the job definition format, persistent run history, retry "
            "policy and what happens to runs missed during a reboot.",
        ),
    ),
    Seed(
        "Would a thread-per-core io_uring design fix our p99.9 at 100k IOPS?",
        "The Rust storage server uses a thread pool over blocking reads and p99.9 spikes to 40 ms. Explore a "
        "thread-per-core io_uring design, its effect on allocation, scheduling and cross-core handoff across "
        "the server, and a staged migration.",
        C.COMPLEX,
        D.SYSTEMS,
        ("io-uring", "thread-per-core", "tail-latency"),
        Variant(
            C.MODERATE,
            "Design an io_uring read path for the segment reader only",
            "Keep the rest of the server unchanged: define the submission and completion flow, buffer "
            "ownership, and the fallback for kernels without io_uring.",
        ),
    ),
    Seed(
        "Acknowledged writes to the {datastore} vanish after power loss",
        "We have seen torn records and entries that were acknowledged but never persisted. Design the "
        "write-ahead logging, flush ordering, checksums and recovery procedure, and how fault injection will "
        "prove it works.",
        C.COMPLEX,
        D.SYSTEMS,
        ("crash-consistency", "write-ahead-log", "durability"),
        Variant(
            C.MODERATE,
            "Specify per-record checksums and a recovery scan for the {datastore}",
            "Not a full redesign: define the checksum per record, the startup scan that truncates torn tails "
            "and what gets reported when corruption is found.",
        ),
    ),
    Seed(
        "RFC: replace our in-house RPC layer across all C++ services",
        "The custom RPC has no deadlines, no tracing and three incompatible versions in production. Evaluate "
        "gRPC against Cap'n Proto, plan wire compatibility during the transition, deadline propagation and "
        "rollout across 30 services.",
        C.COMPLEX,
        D.SYSTEMS,
        ("rpc", "cpp", "protocol-migration"),
        Variant(
            C.MODERATE,
            "Design a shim so the inventory service speaks both the old RPC and gRPC",
            "Define how both listeners share handlers, how deadlines map from the old protocol and when the "
            "old listener is switched off.",
        ),
    ),
    Seed(
        "Delta or plain Parquet for the new events table?",
        "The table gets about 30M rows a day, needs late-arriving corrections and is read by both Spark and "
        "DuckDB. Give a short recommendation with the main trade-offs.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("delta-lake", "parquet", "table-format"),
        Variant(
            C.MODERATE,
            "Design the lakehouse layout for event data",
            "Define bronze, silver and gold layers, partitioning and clustering, how late and corrected "
            "events are merged, compaction and retention, and which engines read which layer.",
        ),
    ),
    Seed(
        "Draw the data lineage for the {component}",
        "Nobody is sure which upstream sources feed it or who consumes its output. Produce one lineage "
        "diagram with an owner for each hop and add it to the team wiki.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("data-lineage", "documentation", "ownership"),
        Variant(
            C.MODERATE,
            "Redesign the data flow around the {component} to remove duplicate sources",
            "Two upstream copies of the same data keep drifting apart. Map every source and consumer, pick "
            "the authoritative source for each dataset, and propose the new flow and the order consumers "
            "switch over.",
        ),
    ),
    Seed(
        "Where should feature definitions live?",
        "Three churn and pricing models each compute days_since_last_order differently in their own "
        "notebooks. Decide where feature definitions are kept and reviewed; one short ADR, no tooling yet.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("feature-definitions", "ml-governance", "adr"),
        Variant(
            C.COMPLEX,
            "Design a feature store shared by batch training and online inference",
            "Features must match between training and serving with lookups under 10 ms. Cover offline and "
            "online stores, point-in-time joins, materialisation jobs, backfills, ownership and migrating "
            "the three existing models.",
        ),
    ),
    Seed(
        "Design serving for the PyTorch recommender at 2k rps",
        "The model is retrained weekly and must answer within 50 ms. Decide between batch precomputation and "
        "online inference, model registry and versioning, canarying a new model and the fallback when the "
        "model service is down.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("model-serving", "mlops", "canary"),
        Variant(
            C.COMPLEX,
            "Design the ML platform for training, registry and serving used by all six DS teams",
            "Teams use notebooks, ad-hoc EC2 boxes and hand-deployed Flask services. Define shared training "
            "infrastructure, experiment tracking, the registry, serving patterns, drift monitoring and the "
            "adoption plan.",
        ),
    ),
    Seed(
        "Break the {component} into re-runnable stages",
        "It is one long script that fails halfway and must be rerun from scratch each time. Propose stage "
        "boundaries, persisted intermediate outputs, idempotency of each stage and how failed stages are "
        "retried independently.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("pipeline-design", "idempotency", "checkpointing"),
        Variant(
            C.SIMPLE,
            "Mark where the {component} could persist intermediate results",
            "Read through it and list the natural checkpoints where outputs could be saved, as a bulleted "
            "proposal in the ticket.",
        ),
    ),
    Seed(
        "Do the fraud features need streaming, or is hourly batch on Spark enough?",
        "Fraud wants signals like a card used in three countries within ten minutes. Compare Spark "
        "Structured Streaming or Flink with hourly batch on freshness, cost and operational load, and sketch "
        "the architecture you recommend.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("stream-processing", "batch-processing", "fraud-detection"),
        Variant(
            C.COMPLEX,
            "Design a real-time feature pipeline for fraud scoring with exactly-once aggregates",
            "Built on Kafka and Flink: windowed aggregates per card and device, state size and "
            "checkpointing, late events, serving features to the scoring API under 20 ms and replaying "
            "history for retraining.",
        ),
    ),
    Seed(
        "We need a proper A/B test analysis pipeline instead of everyone's notebooks",
        "Assignments, exposures and conversions live in three places and results differ per analyst. Design "
        "the experiment data model, a metric layer in dbt and how results are versioned and surfaced to "
        "product managers.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("ab-testing", "metrics-layer", "dbt"),
        Variant(
            C.SIMPLE,
            "Define the schema of the experiment assignment event",
            "One event only: list the fields (experiment id, variant, unit id, timestamp, context) and their "
            "types so client and server emit the same thing.",
        ),
    ),
    Seed(
        "Epic: break up the 600-task Airflow DAG into domain-owned data products",
        "One DAG owned by a single team feeds every report and breaks weekly. Plan domain data products with "
        "owners and SLAs, contracts between producers and consumers, the platform tooling needed, and a "
        "migration across seven teams.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("data-mesh", "airflow", "data-contracts"),
        Variant(
            C.MODERATE,
            "Split the Airflow monolith DAG into per-domain DAGs with dataset triggers",
            "Same team and platform: define domain DAG boundaries, use Airflow datasets for cross-DAG "
            "dependencies and plan a cutover that avoids double runs.",
        ),
    ),
    Seed(
        "How should we architect RAG over 4M internal docs with per-user permissions?",
        "Answers may only use documents the user can already open in Confluence, Drive and Jira. Design "
        "ingestion and chunking, embedding and index updates, permission filtering at query time, "
        "evaluation, and cost at 5k queries a day.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("rag", "vector-search", "permission-filtering"),
        Variant(
            C.MODERATE,
            "Design incremental ingestion and chunking for Confluence pages",
            "Define how pages are fetched incrementally, chunked, embedded, and updated or deleted in the "
            "vector index when they change.",
        ),
    ),
    Seed(
        "40 researchers share 64 GPUs over Slack messages; design real scheduling",
        "GPUs sit idle half the time while people wait. Design a scheduler (Slurm or Kubernetes with Kueue), "
        "quotas and preemption, dataset caching, checkpointing so jobs survive preemption, and per-team cost "
        "reporting.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("gpu-scheduling", "ml-infrastructure", "quotas"),
        Variant(
            C.MODERATE,
            "Define quotas and a preemption policy for the shared GPU pool",
            "The scheduler is already chosen. Decide per-team quotas, priority classes and what happens to "
            "preempted jobs and their checkpoints.",
        ),
    ),
    Seed(
        "EU data must never leave the EU: redesign the {datastore} setup",
        "Everything runs in a single US region today. Design the regional split, which aggregated data may "
        "flow to global reporting, pipelines and access controls, and the migration of three years of "
        "history.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("data-residency", "gdpr", "regional-isolation"),
        Variant(
            C.MODERATE,
            "Pilot an EU-only copy of the {datastore} for one data source",
            "Start with support-ticket data: EU-region ingestion and storage, the transformations that run "
            "there and the aggregated outputs allowed to leave the region.",
        ),
    ),
    Seed(
        "Where should offline drafts be stored on {platform}?",
        "Users write long notes without a connection, and drafts must survive the app being killed and sync "
        "later. Pick the local store for this one feature and note why in the ADR folder.",
        C.SIMPLE,
        D.MOBILE,
        ("offline-storage", "drafts", "local-persistence"),
        Variant(
            C.MODERATE,
            "Design offline-first sync for notes on {platform}",
            "Define the local schema, change tracking, the sync protocol with the server, conflict "
            "resolution when a note is edited on two devices, and how users see sync state.",
        ),
    ),
    Seed(
        "SwiftUI navigation: coordinators per feature or one central router?",
        "The app has grown to 40 screens and deep links are handled in five different places. Recommend one "
        "navigation approach for new features in a short ADR.",
        C.SIMPLE,
        D.MOBILE,
        ("navigation", "deep-linking", "swiftui"),
        Variant(
            C.MODERATE,
            "Redesign navigation and deep-link handling across all app features",
            "Define a routing layer that maps URLs and push payloads to screens, handles auth-gated routes "
            "and state restoration, and plan the migration of the 40 existing screens.",
        ),
    ),
    Seed(
        "What should be public and what internal in the {component}?",
        "Other modules import its internals and every refactor breaks them. List what stays public, mark the "
        "rest internal and document the boundary in the module README.",
        C.SIMPLE,
        D.MOBILE,
        ("modularization", "api-surface", "encapsulation"),
        Variant(
            C.MODERATE,
            "Split the {component} into core and feature modules with enforced dependencies",
            "Define the module graph, dependency rules checked by the build, shared core pieces and the "
            "order in which code moves, without stalling feature work.",
        ),
    ),
    Seed(
        "Proposed architecture for the new {framework} app: layers, state and DI",
        "Greenfield project, five developers, lots of forms and offline use. Propose the layering, state "
        "management approach, dependency injection and testing strategy, with a sample folder structure for "
        "one feature.",
        C.MODERATE,
        D.MOBILE,
        ("app-architecture", "state-management", "dependency-injection"),
        Variant(
            C.SIMPLE,
            "Pick the state management library for the new {framework} app",
            "Just this one choice, given the team already knows one library well: two paragraphs comparing "
            "the two main candidates.",
        ),
    ),
    Seed(
        "Push notifications arrive late or twice; redesign how we send them",
        "A cron job in the monolith calls APNs and FCM directly with no dedup or preference checks. Design a "
        "notification service covering user preferences, templating, dedup keys, per-user rate caps, retries "
        "and delivery tracking.",
        C.MODERATE,
        D.MOBILE,
        ("push-notifications", "apns", "fcm"),
        Variant(
            C.COMPLEX,
            "Design a cross-channel messaging platform for push, email, SMS and in-app",
            "Five products each send messages their own way. Define shared preferences, channel "
            "orchestration and fallbacks, quiet hours across time zones, throughput for campaigns to 20M "
            "users, and isolation between products.",
        ),
    ),
    Seed(
        "How do we change onboarding weekly without waiting for App Store review?",
        "Product wants to change onboarding copy and layout every week. Evaluate remote config, "
        "server-driven UI and feature flags, decide what stays native, and how older app versions that "
        "cannot render new layouts are handled.",
        C.MODERATE,
        D.MOBILE,
        ("server-driven-ui", "remote-config", "app-release"),
        Variant(
            C.COMPLEX,
            "Design a server-driven UI framework used by every screen in the iOS and Android apps",
            "Define the component schema, versioned rendering contracts per app version, caching and offline "
            "fallbacks, analytics hooks, tooling for product teams and migration of existing screens.",
        ),
    ),
    Seed(
        "Plan how the {component} copes with flaky connectivity",
        "Users on trains lose the connection mid-action and lose their work. Define what is queued locally, "
        "how retries and ordering work once the connection returns, and how users see pending state.",
        C.MODERATE,
        D.MOBILE,
        ("offline-support", "retry-queue", "connectivity"),
        Variant(
            C.SIMPLE,
            "Decide which actions in the {component} may be queued while offline",
            "List the user actions, mark which are safe to queue and replay later, and record the list in "
            "the design notes.",
        ),
    ),
    Seed(
        "Kotlin Multiplatform for shared business logic, yes or no?",
        "Pricing, validation and sync rules are written twice, once per platform, and keep drifting. "
        "Evaluate KMP against native duplication or a Rust core, covering build tooling, iOS developer "
        "experience, hiring and a pilot module.",
        C.MODERATE,
        D.MOBILE,
        ("kotlin-multiplatform", "code-sharing", "cross-platform"),
        Variant(
            C.SIMPLE,
            "Pick the first module to pilot Kotlin Multiplatform on",
            "Choose one small, pure-logic module such as price formatting for the pilot, and write down what "
            "success looks like.",
        ),
    ),
    Seed(
        "Epic: offline sync for shared team workspaces on mobile",
        "Sync is per-user last-write-wins today, but teams now edit the same projects offline on iOS and "
        "Android. Design CRDT or operation-based sync, server-side merging, permission changes while "
        "offline, on-device schema migrations and rollout to 300k users.",
        C.COMPLEX,
        D.MOBILE,
        ("offline-sync", "crdt", "conflict-resolution"),
        Variant(
            C.MODERATE,
            "Design conflict handling for a task status edited offline by two teammates",
            "Limit scope to the task status field: define the merge rule, the server-side check and what the "
            "user whose change lost gets to see.",
        ),
    ),
    Seed(
        "v5.2 regression: launch takes 12 s on {platform} when local data is large",
        "Schema migrations and a full cache warm-up run on the main thread at startup, and some users have 2 "
        "GB of local data. Redesign the local data architecture (lazy loading, paging, background "
        "migrations, pruning) with a rollout plan.",
        C.COMPLEX,
        D.MOBILE,
        ("app-startup", "local-database", "data-layer"),
        Variant(
            C.MODERATE,
            "Plan pruning and paged loading for local data on {platform}",
            "Decide which local data can be evicted, the paging boundaries for the three heaviest screens, "
            "and how migrations run in a background worker.",
        ),
    ),
    Seed(
        "Modularise the 600k-line iOS app so 12 squads can work independently",
        "Clean builds take 25 minutes and every squad edits the same app target. Design the module graph "
        "(feature, domain, core), dependency rules, build tooling (Tuist or Bazel), ownership and an "
        "incremental migration that does not freeze features.",
        C.COMPLEX,
        D.MOBILE,
        ("modularization", "build-times", "ios"),
        Variant(
            C.SIMPLE,
            "Agree the naming and folder convention for new feature modules",
            "Before migrating anything, settle how feature modules are named and where they live in the "
            "repo, on one page.",
        ),
    ),
    Seed(
        "JWT or opaque session tokens for the {component}?",
        "Sessions last 12 hours and support needs to revoke access instantly when an account is compromised. "
        "Recommend self-contained JWTs or server-side opaque sessions in one short ADR.",
        C.SIMPLE,
        D.SECURITY,
        ("session-management", "jwt", "revocation"),
        Variant(
            C.MODERATE,
            "Design authentication and session handling for the {component}",
            "Cover login via the identity provider, token types and lifetimes, refresh and revocation, "
            "session storage, SSO with the admin app and behaviour when the identity provider is down.",
        ),
    ),
    Seed(
        "Which layer should decide permissions for the {component}?",
        "Checks are duplicated in the gateway and in the service itself and have already diverged once. "
        "Decide the single place where authorization is decided and note it in the design doc.",
        C.SIMPLE,
        D.SECURITY,
        ("authorization", "policy-enforcement", "ownership"),
        Variant(
            C.MODERATE,
            "Design a shared authorization model for the {component} and its neighbours",
            "Define roles and resource-level permissions, where policies are evaluated (a library or a "
            "policy service such as OPA), how decisions are cached and how permission changes propagate.",
        ),
    ),
    Seed(
        "How should Vault be structured for 40 services across three environments?",
        "Secrets live in .env files and CI variables today. Design the mount and path layout, auth methods "
        "per platform (Kubernetes, CI, humans), policy templates, dynamic database credentials and the "
        "rotation model.",
        C.MODERATE,
        D.SECURITY,
        ("vault", "secrets-management", "rotation"),
        Variant(
            C.SIMPLE,
            "Define the Vault path convention for service secrets",
            "One page: the path pattern per environment, team and service, and which parts of it the "
            "policies key on.",
        ),
    ),
    Seed(
        "feat(auth): single sign-on across Shop, Studio and Admin",
        "Each product has its own user table and login page. Design a shared identity service (Keycloak or "
        "Auth0), linking of existing duplicate accounts, OIDC flows per app and the cutover order.",
        C.MODERATE,
        D.SECURITY,
        ("sso", "oidc", "identity"),
        Variant(
            C.COMPLEX,
            "Design a unified identity platform across all products and two acquired companies",
            "Includes two acquisitions with their own IdPs, B2B SAML federation, consent records, regional "
            "residency of identity data and migrating 8M accounts without forced password resets.",
        ),
    ),
    Seed(
        "Service-to-service auth: mTLS, signed JWTs, or both?",
        "Internal services trust anything inside the VPC. Propose service identity (SPIFFE/SPIRE or "
        "mesh-issued certificates), how calls are authenticated and authorized, certificate rotation and a "
        "rollout that does not break traffic.",
        C.MODERATE,
        D.SECURITY,
        ("mtls", "service-identity", "spiffe"),
        Variant(
            C.COMPLEX,
            "Zero-trust architecture for all internal traffic and employee access",
            "Replace the VPN and flat VPC trust: an identity-aware proxy for employees, workload identity "
            "for services, segmentation, device posture checks and a phased rollout across 150 services.",
        ),
    ),
    Seed(
        "Design envelope encryption for data at rest in the {datastore}",
        "Each service uses a static key from config today. Propose envelope encryption backed by a KMS, a "
        "key hierarchy per tenant, rotation without re-encrypting everything and where data keys may be "
        "cached.",
        C.MODERATE,
        D.SECURITY,
        ("envelope-encryption", "kms", "key-hierarchy"),
        Variant(
            C.SIMPLE,
            "Decide the key granularity for encrypting the {datastore}",
            "One key per environment, per service or per tenant? Pick one for this first encrypted store and "
            "record the reasoning.",
        ),
    ),
    Seed(
        "RFC: bring-your-own-key for enterprise tenants",
        "Three enterprise deals require customer-managed keys and the ability to revoke our access. Design "
        "how tenant keys in their AWS KMS wrap our data keys across Postgres, S3, search and backups, "
        "behaviour on revocation and the operational runbooks.",
        C.COMPLEX,
        D.SECURITY,
        ("byok", "customer-managed-keys", "enterprise-tenants"),
        Variant(
            C.MODERATE,
            "Design BYOK for tenant file uploads in S3 only",
            "Pilot scope: use the tenant's KMS key for SSE-KMS on their prefix, define key grants, behaviour "
            "when the key is revoked and the monitoring it needs.",
        ),
    ),
    Seed(
        "We need audit logging that satisfies SOC 2 across all 30 services",
        "Auditors want who-did-what for admin and data-access actions. Define the event schema, "
        "tamper-evident storage, delivery guarantees from services, retention, search for investigators and "
        "access control on the logs themselves.",
        C.COMPLEX,
        D.SECURITY,
        ("audit-logging", "soc2", "tamper-evidence"),
        Variant(
            C.SIMPLE,
            "Agree the audit event schema fields",
            "Only the event shape: actor, action, target, outcome, timestamp, request id and source IP; "
            "agree on names and types in one doc.",
        ),
    ),
    Seed(
        "Design fine-grained authorization for orgs, nested teams and shared documents",
        "Customers want custom roles, nested teams and per-document sharing, while today we only have admin "
        "and member flags. Evaluate Zanzibar-style ReBAC (SpiceDB or OpenFGA), the data model, check "
        "consistency, migration of existing permissions and 5k checks per second.",
        C.COMPLEX,
        D.SECURITY,
        ("authorization", "rebac", "openfga"),
        Variant(
            C.MODERATE,
            "Design custom roles for org admins within the current RBAC",
            "Only roles: define the permission catalogue, how custom roles are stored and evaluated in the "
            "existing RBAC code, and limits per org.",
        ),
    ),
    Seed(
        "What would it take to reach SLSA level 3 for our build and release pipeline?",
        "A customer audit asks for provenance on every artifact we ship. Design hermetic builds, signed "
        "provenance with Sigstore, verification at deploy time in Kubernetes, a dependency pinning policy "
        "and the rollout across 80 repositories.",
        C.COMPLEX,
        D.SECURITY,
        ("supply-chain", "slsa", "sigstore"),
        Variant(
            C.MODERATE,
            "Design image signing and deploy-time verification for the payments service",
            "Pilot for payments: pick the signing identity, where signatures and attestations are stored, "
            "and the admission policy that rejects unsigned images.",
        ),
    ),
    Seed(
        "[UI] theming: decide where dark-mode tokens get resolved",
        "Dark mode is half done: some components read CSS variables, others a JS theme object, and they "
        "disagree on hover colours. Pick one resolution point and write it into the theming README before "
        "more components are converted.",
        C.SIMPLE,
        D.WEB,
        ("theming", "dark-mode", "design-tokens"),
        Variant(
            C.MODERATE,
            "[UI] theming architecture for white-label tenants",
            "Each enterprise tenant wants its own brand colours, fonts and logo on top of light and dark "
            "modes. Define how tenant themes are stored, delivered at runtime, cached and layered over the "
            "base tokens, and what happens when a tenant theme fails to load.",
        ),
    ),
    Seed(
        "i18n: translation loading for 30 locales",
        "All 30 locale files are bundled into the main JavaScript and the bundle grows with every release. "
        "Propose how translation namespaces are split, fetched per route, cached and versioned so stale "
        "strings never show after a deploy.",
        C.MODERATE,
        D.WEB,
        ("i18n", "code-splitting", "caching"),
        Variant(
            C.SIMPLE,
            "i18n: message key naming convention",
            "Keys are a mix of English sentences and dotted paths. Agree one naming rule for new keys and "
            "write it on the contributor wiki page.",
        ),
    ),
    Seed(
        "Support offline mode in the web app",
        "Field technicians want the whole web app usable through a full shift without network. Before any "
        "service-worker code, design what is cached, the local store, the outbox for writes, conflict "
        "resolution with the server and how cached app versions get upgraded.",
        C.COMPLEX,
        D.WEB,
        ("offline-first", "service-worker", "sync"),
        Variant(
            C.MODERATE,
            "Offline support for the read-only reports pages",
            "Only the reports section needs to work offline. Decide the cache strategy for pages and report "
            "data, how staleness is shown to users and what happens when the storage quota runs out.",
        ),
    ),
    Seed(
        "Meta: frontend module boundaries for the v2 rewrite",
        "Four squads start the v2 customer portal next quarter. Propose the package boundaries, allowed "
        "dependency directions, ownership of the shared UI kit, the routing shell and how v1 pages keep "
        "running until each area is ported.",
        C.COMPLEX,
        D.WEB,
        ("module-boundaries", "rewrite", "monorepo"),
        Variant(
            C.SIMPLE,
            "v2 rewrite: agree the top-level folder layout",
            "Before the first commit to the v2 repo, agree the top-level folders (app, features, shared, ui) "
            "and the single rule for imports between them, on one page.",
        ),
    ),
    Seed(
        "Ownership of the {component} after the reorg",
        "Three teams change it and nobody answers its alerts since the reorg. Name one owning team, list "
        "the entry points others may rely on and record both in the service catalog.",
        C.SIMPLE,
        D.WEB,
        ("ownership", "team-boundaries", "service-catalog"),
        Variant(
            C.MODERATE,
            "Split ownership of the {component} between three teams along clear interfaces",
            "Define which team owns which parts, the contracts between those parts, how changes that cross "
            "a boundary are coordinated and released, and who is on call for what.",
        ),
    ),
    Seed(
        "Embeddable booking widget: iframe, web component or script SDK?",
        "Partners want to embed our booking widget on their own sites. Compare the three options for "
        "isolation, styling, authentication and versioning, and define how partner sites get updates "
        "without breaking.",
        C.MODERATE,
        D.WEB,
        ("embeddable-widget", "iframe", "web-components"),
        Variant(
            C.COMPLEX,
            "Partner embed platform: widgets, JS SDK, per-partner config and analytics",
            "Scale the widget idea into a platform for 2,000 partner sites: a versioned SDK, per-partner "
            "configuration and theming, auth handoff, usage analytics, a CDN release channel and a "
            "compatibility policy for old embeds.",
        ),
    ),
    Seed(
        "Search page: client-side filtering doesn't scale past 10k products",
        "The product listing downloads the whole catalog and filters in the browser. Rather than optimise "
        "the loop, propose where filtering, faceting and sorting should happen, the search API shape, URL "
        "state for filters and edge caching.",
        C.MODERATE,
        D.WEB,
        ("search", "faceting", "api-design"),
        Variant(
            C.SIMPLE,
            "Search page: how filter state maps to the URL",
            "Decide the query-string format for filters and sorting so links are shareable, and note it in "
            "the frontend conventions doc.",
        ),
    ),
    Seed(
        "allocator: per-thread arenas vs sharded global pool",
        "Lock contention in the global allocator dominates profiles at 32 threads. Before anyone rewrites "
        "it, compare per-thread arenas, sharded pools and size-class caches for fragmentation, cross-thread "
        "frees and returning memory to the OS, and recommend one.",
        C.MODERATE,
        D.SYSTEMS,
        ("memory-allocator", "concurrency", "fragmentation"),
        Variant(
            C.SIMPLE,
            "allocator: pick size classes for the small-object pool",
            "Choose the size-class boundaries for objects under 1 KB using the allocation histogram we "
            "already have, and record them in the design notes.",
        ),
    ),
    Seed(
        "Proposal: stable plugin ABI across compiler versions",
        "Third-party plugins are shared libraries built against our C++ headers and break on every release. "
        "Decide the loading model (C ABI shim, WASM sandbox or out-of-process), versioning rules, capability "
        "negotiation and a deprecation policy before code is written.",
        C.COMPLEX,
        D.SYSTEMS,
        ("plugin-abi", "extensibility", "versioning"),
        Variant(
            C.MODERATE,
            "Plugins: dlopen discovery order and version handshake",
            "Only discovery and loading: define the search paths, the version handshake symbol, and how "
            "incompatible plugins are rejected with a clear message instead of crashing the host.",
        ),
    ),
    Seed(
        "Tracking issue: async I/O backend rewrite",
        "The storage engine does disk I/O on a blocking thread pool. This issue should first settle the "
        "target architecture: io_uring with an epoll fallback, buffer ownership, cancellation semantics, "
        "and milestones for moving each subsystem over.",
        C.COMPLEX,
        D.SYSTEMS,
        ("async-io", "io-uring", "storage-engine"),
        Variant(
            C.SIMPLE,
            "Document buffer ownership on the async read path",
            "Write down who owns a buffer from submission to completion in one section of the design notes, "
            "so reviewers of the I/O code have a single reference.",
        ),
    ),
    Seed(
        "Metrics naming for the {component} keeps breaking dashboards",
        "Names and labels change between releases and every dashboard built on them breaks. Define which "
        "metric names and labels form a stable contract and the naming rule for new ones, on one page.",
        C.SIMPLE,
        D.SYSTEMS,
        ("observability", "metrics", "conventions"),
        Variant(
            C.MODERATE,
            "Observability design for the {component}: metrics, traces and logs",
            "Define which signals it emits, correlation ids across calls, sampling, cardinality budgets, and "
            "which alerts map to its service-level objectives.",
        ),
    ),
    Seed(
        "firmware: power state machine for battery sensors",
        "Battery devices last four months instead of twelve because the radio and sensors wake "
        "independently. Define power states, who may request transitions, wake sources and how drivers "
        "register with the power manager, before refactoring drivers.",
        C.MODERATE,
        D.SYSTEMS,
        ("power-management", "firmware", "state-machine"),
        Variant(
            C.COMPLEX,
            "Firmware architecture for the next-gen sensor board",
            "New board, new radio and three sensor types: define the HAL boundaries, RTOS task layout and "
            "priorities, power management, inter-task messaging, logging under tight flash limits and how "
            "existing drivers are ported.",
        ),
    ),
    Seed(
        "net: zero-copy receive path",
        "Each frame is copied three times between NIC, parser and application queues, capping us near 4 "
        "Mpps. Propose a zero-copy design (AF_XDP or DPDK), buffer pool ownership, backpressure and how the "
        "existing consumers migrate.",
        C.COMPLEX,
        D.SYSTEMS,
        ("zero-copy", "networking", "af-xdp"),
        Variant(
            C.MODERATE,
            "net: buffer pool ownership between parser and app queues",
            "Keep the current NIC path but define how buffers are lent to the parser and application "
            "queues, when they return to the pool, and what happens when consumers fall behind.",
        ),
    ),
    Seed(
        "Support reloading config in the {component} without a restart",
        "Operators just want to know what is safe today. List which settings may change at runtime and "
        "which need a restart, and note that rule in the configuration docs.",
        C.SIMPLE,
        D.SYSTEMS,
        ("hot-reload", "configuration", "operability"),
        Variant(
            C.MODERATE,
            "Design live config reload for the {component}",
            "Define how configuration is versioned and swapped atomically, which subsystems re-read it and "
            "how, validation before apply, and rollback when only part of the reload succeeds.",
        ),
    ),
    Seed(
        "Can you help me work out how to split the {component} into layers before we rewrite it?",
        "It has grown into one large source file that mixes I/O, parsing and business rules. We want a "
        "proposed layering, the interfaces between layers and the order in which pieces get extracted.",
        C.MODERATE,
        D.SYSTEMS,
        ("layering", "refactoring-plan", "interfaces"),
        Variant(
            C.SIMPLE,
            "Could you sketch only the interface between I/O and parsing in the {component}?",
            "Just that one seam: the function signatures and error type crossing it, written as a short "
            "note, nothing else yet.",
        ),
    ),
    Seed(
        "training data: point-in-time joins leak future labels",
        "Training sets join the latest feature values, so offline metrics look better than production. "
        "Instead of patching one query, design how features are timestamped and stored, the as-of join "
        "contract, and how training and serving read the same definitions.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("point-in-time", "feature-store", "data-leakage"),
        Variant(
            C.SIMPLE,
            "Define the timestamp columns every feature table must carry",
            "Agree the names and meaning of event time and ingestion time columns for feature tables, and "
            "add the rule to the data guidelines.",
        ),
    ),
    Seed(
        "Model registry and promotion flow",
        "Twelve models reach production by someone copying pickle files to S3. Design the registry, "
        "versioning of models with their data and code, promotion stages with approval, shadow evaluation "
        "and rollback for both batch and online serving.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("model-registry", "mlops", "model-promotion"),
        Variant(
            C.SIMPLE,
            "Model version naming scheme",
            "Pick how model versions are named and tagged (semantic versions, dates or run ids) and write "
            "the rule in the ML handbook.",
        ),
    ),
    Seed(
        "Spike: where should nightly churn scoring run?",
        "Scoring runs on a small VM and takes six hours; the data already lives in the warehouse. Recommend "
        "one place to run it (Spark job, warehouse UDFs or a GPU batch job) in a short ADR.",
        C.SIMPLE,
        D.DATA_SCIENCE,
        ("batch-inference", "adr", "compute-placement"),
        Variant(
            C.MODERATE,
            "Design the nightly scoring pipeline end to end",
            "Cover feature extraction, model loading, partitioned scoring, writing results back, monitoring "
            "score drift and a rerun procedure when a night fails.",
        ),
    ),
    Seed(
        "Data contracts between product teams and analytics",
        "Upstream schema changes silently break about 200 dashboards a month. Propose data contracts: who "
        "owns each event and table, a schema registry, compatibility rules, enforcement in CI and at "
        "ingestion, and rollout across 15 producing teams.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("data-contracts", "schema-registry", "data-ownership"),
        Variant(
            C.MODERATE,
            "Data contract for checkout events only",
            "Pilot with the checkout team: define the contract format, compatibility checks in their CI and "
            "what analytics does when a breaking change is proposed.",
        ),
    ),
    Seed(
        "LLM evals are scattered across nine teams' notebooks",
        "Results cannot be compared and nobody can rerun last month's numbers. Design a shared evaluation "
        "architecture: dataset versioning, prompt and model registry, pluggable scorers, result storage, CI "
        "gating for prompt changes and cost controls.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("llm-evaluation", "reproducibility", "ml-platform"),
        Variant(
            C.MODERATE,
            "Lay out one team's eval datasets, prompts and results",
            "For the support-bot team only: define how eval datasets, prompt versions and scorer outputs "
            "are stored and linked so any past run can be reproduced.",
        ),
    ),
    Seed(
        "Late and duplicate records landing in the {datastore}",
        "Producers deliver records up to three days late and sometimes twice, while daily aggregates never "
        "revisit closed periods. Design the reprocessing model: watermarks, which periods get recomputed, "
        "idempotent writes and how consumers learn about corrections.",
        C.MODERATE,
        D.DATA_SCIENCE,
        ("late-data", "idempotency", "reprocessing"),
        Variant(
            C.SIMPLE,
            "Pick the lateness window for aggregates over the {datastore}",
            "Using last quarter's arrival delays, choose how many days a period stays open for corrections "
            "and write the number down with its reasoning.",
        ),
    ),
    Seed(
        "Lakehouse: Redshift to Iceberg on S3",
        "Warehouse costs tripled and Spark, Trino and dbt all need the same tables. Plan the table format and "
        "catalog, raw, curated and mart zones, access control, and a migration order for 400 tables with "
        "parallel validation.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("lakehouse", "iceberg", "warehouse-migration"),
        Variant(
            C.MODERATE,
            "Pilot Iceberg for the clickstream tables only",
            "Define the catalog, partitioning and compaction for the clickstream tables, how Trino and "
            "Spark read them, and the validation against Redshift before switching dashboards.",
        ),
    ),
    Seed(
        "推荐系统: 实时特征管道 架构设计",
        "The recommender team wants click features updated within seconds instead of daily. Design the "
        "streaming feature pipeline (Kafka and Flink), the online store, consistency with offline features "
        "and capacity for 50k events per second.",
        C.COMPLEX,
        D.DATA_SCIENCE,
        ("streaming-features", "recommender", "flink"),
        Variant(
            C.MODERATE,
            "推荐系统: 只为点击计数 设计实时特征",
            "Limit scope to rolling click counts per item: define the window sizes, where counts are "
            "computed and stored, and how the model falls back when they are missing.",
        ),
    ),
    Seed(
        "Android: support multiple accounts",
        "Users want to switch between work and personal accounts without logging out. Before implementing, "
        "design how local databases, caches, push tokens, background jobs and auth tokens are partitioned "
        "per account, and how existing single-account data migrates.",
        C.COMPLEX,
        D.MOBILE,
        ("multi-account", "data-partitioning", "android"),
        Variant(
            C.SIMPLE,
            "Where is the active account id stored and read?",
            "Decide the single place the current account id lives and how screens observe changes to it, "
            "and note it in the app architecture doc.",
        ),
    ),
    Seed(
        "[iOS] widget and share extension can't see app data",
        "The new home-screen widget and share extension need the user's lists, which live in the main app's "
        "private store. Propose shared storage via app groups, what data is exposed, who may write, and how "
        "schema changes stay compatible across targets.",
        C.MODERATE,
        D.MOBILE,
        ("app-extensions", "shared-storage", "ios"),
        Variant(
            C.SIMPLE,
            "[iOS] which data may the widget read?",
            "List the fields the widget actually displays and decide that only those are exported to the "
            "shared container, in a short note.",
        ),
    ),
    Seed(
        "Minimum supported app version policy",
        "We still serve app versions from 2021 and every API change needs shims for old clients. Define the "
        "minimum-version rule, how the app learns it, and soft versus hard update prompts, in a short ADR.",
        C.SIMPLE,
        D.MOBILE,
        ("app-versioning", "forced-update", "adr"),
        Variant(
            C.COMPLEX,
            "API compatibility strategy for every mobile app version in the wild",
            "Forty app versions call the backend. Define versioned contracts, capability negotiation, a "
            "compatibility layer with sunset dates, telemetry on version usage and the process for "
            "retiring old behaviour across iOS and Android.",
        ),
    ),
    Seed(
        "Mobile analytics: event pipeline from device to warehouse",
        "Events are sent one at a time, get lost offline, and are named differently on each platform. "
        "Design on-device batching and persistence, a shared event taxonomy, the ingestion endpoint and "
        "handling of schema versions.",
        C.MODERATE,
        D.MOBILE,
        ("analytics", "event-pipeline", "batching"),
        Variant(
            C.SIMPLE,
            "Naming rules for analytics events",
            "Agree object-action naming and property casing for new events shared by iOS and Android, on a "
            "single page.",
        ),
    ),
    Seed(
        "Caching policy for the {component} on {platform}",
        "Every call goes to the backend and users on slow links wait. Decide what it caches, for how long "
        "and how entries are invalidated, and record the policy in a short note.",
        C.SIMPLE,
        D.MOBILE,
        ("caching", "invalidation", "performance"),
        Variant(
            C.MODERATE,
            "Design cache tiers for the {component} on {platform}, invalidation included",
            "Define memory and persistent tiers, cache keys, size limits, invalidation from server change "
            "events and behaviour when cached data is older than the allowed staleness.",
        ),
    ),
    Seed(
        "We're about to build in-app chat; what should the architecture be before anyone writes code?",
        "Chat must work on iOS and Android with offline send, read receipts, push when the app is "
        "backgrounded and history synced across devices, for about 2M monthly users.",
        C.COMPLEX,
        D.MOBILE,
        ("chat", "messaging", "real-time"),
        Variant(
            C.MODERATE,
            "How should offline send and retry work for chat messages?",
            "Only the send path: local outbox, client-generated ids for dedup, retry ordering and what the "
            "user sees while a message is pending or failed.",
        ),
    ),
    Seed(
        "Compose migration: screen by screen or feature modules first?",
        "The Android app has 120 XML screens. Decide the migration order, interop rules between Views and "
        "Compose, shared theming and navigation during the transition, and when a feature counts as done.",
        C.MODERATE,
        D.MOBILE,
        ("jetpack-compose", "migration-plan", "android"),
        Variant(
            C.SIMPLE,
            "Compose migration: pick the first screen",
            "Choose one self-contained, low-traffic screen to convert first and write down why it was "
            "chosen.",
        ),
    ),
    Seed(
        "k8s: cluster topology for next year",
        "One shared cluster runs 300 workloads from 14 teams and every upgrade is risky. Propose the "
        "topology (per environment, region or tenant tier), the tenancy model, networking between clusters, "
        "an upgrade strategy and how workloads move.",
        C.COMPLEX,
        D.DEVOPS,
        ("kubernetes", "cluster-topology", "multi-tenancy"),
        Variant(
            C.SIMPLE,
            "k8s: namespace naming and ownership labels",
            "Settle how namespaces are named and which owner and cost-centre labels every namespace must "
            "carry, on one page.",
        ),
    ),
    Seed(
        "Observability bill doubled this year",
        "Ingestion costs for logs, metrics and traces doubled. Design the telemetry pipeline (OpenTelemetry "
        "collectors, sampling, routing hot versus cold data) and which signals go to which backend, with "
        "the expected cost impact.",
        C.MODERATE,
        D.DEVOPS,
        ("observability", "opentelemetry", "cost-optimization"),
        Variant(
            C.COMPLEX,
            "Company-wide observability platform replacing three vendors",
            "Consolidate three vendors used by 20 teams: collection architecture, storage tiers, multi-tenant "
            "access, SLO tooling, migration of dashboards and alerts, and a cost model per team.",
        ),
    ),
    Seed(
        "CI: replace long-lived cloud keys with OIDC federation",
        "Static cloud keys sit in the CI settings of 60 repositories. Design OIDC federation from the CI "
        "provider to cloud roles, role granularity per repo and environment, trust conditions and the "
        "migration order.",
        C.MODERATE,
        D.DEVOPS,
        ("oidc-federation", "ci-cd", "cloud-iam"),
        Variant(
            C.SIMPLE,
            "CI deploy roles: one per repo or one per environment?",
            "Choose the granularity of cloud roles assumed by CI jobs and record the choice and its trade-off "
            "in an ADR.",
        ),
    ),
    Seed(
        "Preview environments per pull request",
        "Reviewers want a live environment for every PR. Design how previews are created, what data they "
        "get, which dependencies are shared versus per-PR, cost limits and teardown.",
        C.MODERATE,
        D.DEVOPS,
        ("preview-environments", "ephemeral-environments", "ci-cd"),
        Variant(
            C.SIMPLE,
            "Preview environments: URL scheme",
            "Decide how preview URLs are formed from the repo and PR number and which DNS zone they live "
            "in.",
        ),
    ),
    Seed(
        "Cleanup: one base Helm chart or a library chart?",
        "Forty services carry near-identical charts that keep drifting. Decide between a base chart with "
        "values overrides and a library chart in a short ADR; the refactor itself is a separate issue.",
        C.SIMPLE,
        D.DEVOPS,
        ("helm", "adr", "deployment-packaging"),
        Variant(
            C.MODERATE,
            "Design shared deployment packaging for all 40 services",
            "Define the chart structure, what each service may override, versioning and rollout of chart "
            "changes, and how existing services are moved without downtime.",
        ),
    ),
    Seed(
        "Backups for the {datastore}: what, how often, where, and restore tests",
        "Backups exist but nobody has restored one in a year. Define scope, frequency, retention, off-site "
        "copies, encryption and a restore test schedule with named owners.",
        C.MODERATE,
        D.DEVOPS,
        ("backup-strategy", "restore-testing", "disaster-recovery"),
        Variant(
            C.SIMPLE,
            "Decide the backup frequency for the {datastore}",
            "Given how much data loss the business can tolerate, pick the backup interval and retention and "
            "note them in the runbook.",
        ),
    ),
    Seed(
        "Edge: move TLS termination and routing to the CDN",
        "All traffic hits three regional load balancers. Plan moving TLS, routing rules, WAF and caching to "
        "the CDN edge, with origin shielding, cache keys per application and a rollback path per hostname.",
        C.COMPLEX,
        D.DEVOPS,
        ("cdn", "edge-routing", "traffic-management"),
        Variant(
            C.MODERATE,
            "Edge caching rules for static assets only",
            "Keep routing where it is; define cache keys, TTLs and purge-on-deploy for static assets served "
            "through the CDN.",
        ),
    ),
    Seed(
        "How should we organise GitHub Actions workflows so each repo stops reinventing them?",
        "Fifty repos carry their own YAML with copied steps. Recommend reusable workflows, composite "
        "actions or a template repo, and where shared ones live, in a half-page note.",
        C.SIMPLE,
        D.DEVOPS,
        ("github-actions", "reusable-workflows", "ci-cd"),
        Variant(
            C.MODERATE,
            "Design a versioned shared workflow library and roll it out to 50 repos",
            "Define the library layout, versioning and pinning, how breaking changes are announced, and the "
            "order in which repositories adopt it.",
        ),
    ),
    Seed(
        "Multi-tenant isolation model",
        "We are moving from one deployment per customer to a shared SaaS. Define isolation at every layer, "
        "compute, data, encryption keys, network, caches and logs, plus a tier for customers who need "
        "dedicated resources.",
        C.COMPLEX,
        D.SECURITY,
        ("multi-tenancy", "tenant-isolation", "saas"),
        Variant(
            C.MODERATE,
            "Tenant isolation for the shared cache layer",
            "Only the cache: define key namespacing per tenant, eviction fairness, and how cross-tenant "
            "reads are made impossible by construction.",
        ),
    ),
    Seed(
        "Support passkeys",
        "Product wants WebAuthn passkeys alongside passwords. Design the credential model, enrolment and "
        "recovery flows, multiple devices per account, and how passkeys coexist with MFA and SSO users.",
        C.MODERATE,
        D.SECURITY,
        ("passkeys", "webauthn", "authentication"),
        Variant(
            C.SIMPLE,
            "Passkeys: replace or supplement the second factor?",
            "Decide whether a passkey login skips the existing second factor, and write the decision and "
            "its reasoning in a short ADR.",
        ),
    ),
    Seed(
        "Uploads go straight into the public bucket",
        "User uploads land in the shared bucket and are served from our main domain. Design the flow: "
        "quarantine bucket, malware scanning, content-type checks, serving from a separate domain and "
        "handling of flagged files.",
        C.MODERATE,
        D.SECURITY,
        ("file-uploads", "quarantine", "content-isolation"),
        Variant(
            C.COMPLEX,
            "Ingestion and sanitisation platform for all user-generated content",
            "Uploads, avatars, rich text and imported documents across five products: design shared "
            "scanning, transformation, storage isolation, abuse reporting, retention and throughput for 5M "
            "files a day.",
        ),
    ),
    Seed(
        "Customer API keys: format, storage, scopes",
        "Customer API keys launch next month. Decide the key format (prefix plus checksum), hashing at rest "
        "and the scope model in a one-page ADR before the endpoint work starts.",
        C.SIMPLE,
        D.SECURITY,
        ("api-keys", "credential-format", "adr"),
        Variant(
            C.MODERATE,
            "Design the full lifecycle of customer API credentials",
            "Cover issuance, scopes, expiry and rotation with overlap, leak detection and automatic "
            "revocation, per-key usage tracking and how keys map to rate limits.",
        ),
    ),
    Seed(
        "Admin impersonation (\"log in as user\") for support",
        "Support staff need to see what a customer sees. Design how impersonation sessions are issued, "
        "scoped, time-limited, audited and shown to the customer, and which actions stay blocked.",
        C.MODERATE,
        D.SECURITY,
        ("impersonation", "support-tooling", "audit"),
        Variant(
            C.SIMPLE,
            "Impersonation: list of blocked actions",
            "Decide which actions (password change, payouts, deleting data) are disabled during "
            "impersonation and record the list.",
        ),
    ),
    Seed(
        "Epic: SCIM provisioning for enterprise directories",
        "Enterprise customers want users and groups synced from Okta and Entra ID. Design the SCIM service, "
        "mapping groups to our roles, deprovisioning semantics, conflicts with manually created users and "
        "per-tenant rate limits.",
        C.COMPLEX,
        D.SECURITY,
        ("scim", "user-provisioning", "enterprise-identity"),
        Variant(
            C.MODERATE,
            "SCIM: user provisioning only, groups later",
            "Scope to users: define attribute mapping, matching against existing accounts, what deactivation "
            "does to sessions and data, and error reporting to the directory.",
        ),
    ),
    Seed(
        "Where may personal data from the {datastore} flow?",
        "Personal data from it is copied into logs, analytics and caches without any rules. Define "
        "classification levels, allowed flows per level across systems, tokenisation for analytics copies "
        "and the enforcement points.",
        C.COMPLEX,
        D.SECURITY,
        ("data-classification", "pii", "data-flow"),
        Variant(
            C.SIMPLE,
            "Classify the fields in the {datastore} by sensitivity",
            "Tag each field as public, internal or personal in a single table that later data-flow rules "
            "can reference.",
        ),
    ),
    Seed(
        "Soft deletes everywhere?",
        "Some tables use deleted_at and others hard delete, so restoring customer data is guesswork. Decide "
        "which tables get soft deletes and how unique constraints treat deleted rows, in a short ADR.",
        C.SIMPLE,
        D.DATABASE,
        ("soft-delete", "data-model", "adr"),
        Variant(
            C.MODERATE,
            "Design deletion and restore across all tables, GDPR erasure included",
            "Define soft versus hard delete per entity, cascading rules, restore windows, erasure requests "
            "that must reach backups and replicas, and how reports exclude deleted rows.",
        ),
    ),
    Seed(
        "Event schema versioning",
        "Events in the event store changed shape five times with no version field, and replays crash on old "
        "ones. Define versioning, upcasting on read versus migrating stored events, and compatibility rules "
        "for producers.",
        C.MODERATE,
        D.DATABASE,
        ("event-sourcing", "schema-evolution", "versioning"),
        Variant(
            C.COMPLEX,
            "Redesign the event store: versioning, snapshots, projections, replay at 2B events",
            "Replays take two days and projections drift. Design schema versioning, snapshotting, projection "
            "rebuilds in parallel, archival of cold streams and the move from the current store without "
            "downtime.",
        ),
    ),
    Seed(
        "Custom fields: EAV, JSONB or generated columns?",
        "Tenants want their own fields on contacts and deals, filterable and sortable. Compare EAV, JSONB "
        "with expression indexes and generated columns, covering validation, indexing and reporting.",
        C.MODERATE,
        D.DATABASE,
        ("custom-fields", "jsonb", "schema-design"),
        Variant(
            C.COMPLEX,
            "Tenant-configurable data model for every CRM object",
            "Tenants want custom objects, fields and relations, not just extra fields. Design metadata "
            "storage, physical layout, query generation, per-tenant indexing, limits and reporting at 5k "
            "tenants.",
        ),
    ),
    Seed(
        "Read path: do we need a cache in front of the {datastore}?",
        "Read load grows about 20% a month but p95 latency is still within target. Give a short yes or no "
        "recommendation and the metric that would change the answer.",
        C.SIMPLE,
        D.DATABASE,
        ("caching", "read-path", "capacity"),
        Variant(
            C.MODERATE,
            "Design a read cache in front of the {datastore}",
            "Decide what is cached, the invalidation approach, the consistency callers can expect after a "
            "write, and behaviour when the cache is cold or down.",
        ),
    ),
    Seed(
        "Schema changes to the {datastore} keep breaking running deploys",
        "Twice last month a field was renamed while old instances still ran. Write the expand-and-contract "
        "rule for schema changes and the checklist that goes in the PR template, on one page.",
        C.SIMPLE,
        D.DATABASE,
        ("expand-contract", "schema-migration", "zero-downtime"),
        Variant(
            C.COMPLEX,
            "Zero-downtime schema change process for the {datastore} and everything that touches it",
            "Thirty services read and write it. Define the change lifecycle, compatibility windows, "
            "automated checks, backfill orchestration, ownership of each step and how long-running "
            "migrations are tracked.",
        ),
    ),
    Seed(
        "Time-series data outgrowing Postgres",
        "Sensor readings reached 5B rows and dashboards time out. Evaluate TimescaleDB, ClickHouse and "
        "native partitioning, design retention and downsampling, the ingest path for 200k points per second "
        "and migration of history.",
        C.COMPLEX,
        D.DATABASE,
        ("time-series", "clickhouse", "downsampling"),
        Variant(
            C.MODERATE,
            "Partition the readings table by month with a retention job",
            "Stay on Postgres: define the partition scheme, how old partitions are detached and archived, "
            "and index changes for the main dashboard queries.",
        ),
    ),
    Seed(
        "Hierarchies: adjacency list, closure table or ltree for org charts?",
        "Org charts go up to 12 levels deep and we need subtree queries and moves. Pick one model for the "
        "new departments table and write down why.",
        C.SIMPLE,
        D.DATABASE,
        ("hierarchical-data", "closure-table", "schema-design"),
        Variant(
            C.MODERATE,
            "Model permissions inherited down the org tree",
            "Design how roles granted on a department apply to its subtree, how moves recompute access, and "
            "which queries must stay fast at 50k departments.",
        ),
    ),
    Seed(
        "在庫管理: マルチ倉庫 対応の データモデル",
        "Stock is one quantity column per product, but four warehouses open this year with transfers and "
        "reservations. Design the stock ledger, reservations, transfers between warehouses and how "
        "available-to-promise is computed.",
        C.MODERATE,
        D.DATABASE,
        ("inventory", "ledger", "data-model"),
        Variant(
            C.COMPLEX,
            "在庫管理: 全チャネル 在庫の リアルタイム 同期",
            "Sell the same stock on the web shop, two marketplaces and in stores. Design real-time "
            "availability across channels, oversell protection, reservation expiry, reconciliation with "
            "marketplace feeds and throughput during sales peaks.",
        ),
    ),
    Seed(
        "Proposal: outbound webhooks",
        "Customers poll the API every minute because we emit no events. Design outbound webhooks: "
        "subscriptions, event catalogue, signing, retries with backoff, ordering, replay and isolation so "
        "one slow endpoint does not delay others.",
        C.COMPLEX,
        D.API,
        ("webhooks", "event-delivery", "retries"),
        Variant(
            C.SIMPLE,
            "Outbound webhooks: retry schedule and give-up rule",
            "Pick the backoff intervals, the maximum attempts and when an endpoint is disabled, and document "
            "them for customers.",
        ),
    ),
    Seed(
        "Bulk endpoints for imports",
        "Integrators send 50k single-item requests per import and hit rate limits. Design bulk operations: "
        "synchronous versus async jobs, partial failure reporting, limits, idempotency and how results are "
        "fetched.",
        C.MODERATE,
        D.API,
        ("bulk-operations", "async-jobs", "api-design"),
        Variant(
            C.SIMPLE,
            "Bulk endpoint: max batch size and partial-failure response",
            "Choose the item limit per request and the response shape listing which items failed, in the "
            "API guideline.",
        ),
    ),
    Seed(
        "Errors from the {component} come back in three different shapes",
        "Callers parse strings, objects and HTML depending on the failure. Adopt one error shape, list its "
        "required fields and the error code naming rule, in a short guideline.",
        C.SIMPLE,
        D.API,
        ("error-handling", "api-guidelines", "consistency"),
        Variant(
            C.MODERATE,
            "Error model for the {component} and everything that calls it",
            "Define error categories, codes, retryable versus permanent failures, how errors propagate "
            "across calls, and how callers are migrated to the new shape.",
        ),
    ),
    Seed(
        "Client SDKs: generate from OpenAPI or keep hand-writing?",
        "Four hand-written SDKs lag behind the API by months. Decide the approach, make the spec the source "
        "of truth, and define SDK release and versioning and how breaking changes flow through.",
        C.MODERATE,
        D.API,
        ("sdk", "openapi", "code-generation"),
        Variant(
            C.COMPLEX,
            "Spec-first workflow for all public and partner APIs",
            "Twenty teams own endpoints. Define spec ownership, design review gates, linting, mock servers, "
            "generated SDKs in six languages, changelogs and deprecation tracking across public and partner "
            "APIs.",
        ),
    ),
    Seed(
        "Tracking issue: rewrite the {component} in {lang}",
        "Before anyone ports code, agree the plan: target module structure, what is kept versus redesigned, "
        "how old and new run side by side, parity testing, cutover steps and rollback across every caller.",
        C.COMPLEX,
        D.API,
        ("rewrite-plan", "migration-plan", "parity-testing"),
        Variant(
            C.MODERATE,
            "Rewrite plan for one slice of the {component} in {lang}",
            "Pick one self-contained slice, define its interface to the old code, the parity checks and "
            "the exit criteria before the next slice starts.",
        ),
    ),
    Seed(
        "Epic: federate the GraphQL graph across nine teams",
        "One GraphQL server owned by a single team blocks every feature. Design subgraph boundaries, entity "
        "ownership, schema governance and checks, gateway deployment and migration without breaking "
        "clients.",
        C.COMPLEX,
        D.API,
        ("graphql-federation", "schema-governance", "team-boundaries"),
        Variant(
            C.MODERATE,
            "Move the orders types into the first subgraph",
            "Define which types and fields move, how the Order entity is keyed and extended by other teams, "
            "and the composition checks before the gateway switches.",
        ),
    ),
    Seed(
        "Could you help plan how our public API serves EU customers from the EU region?",
        "EU customers need their data stored and served in the EU. Design region routing (subdomains or "
        "headers), where a token resolves its tenant's region, cross-region calls and handling of global "
        "resources.",
        C.COMPLEX,
        D.API,
        ("data-residency", "multi-region", "request-routing"),
        Variant(
            C.MODERATE,
            "Route EU tenants to the EU deployment by subdomain",
            "Only routing: define the subdomain scheme, how misrouted requests are redirected or rejected, "
            "and what SDKs must change.",
        ),
    ),
)
