"""Slot vocabularies per domain.

A base task may contain slots such as ``{framework}``; the generator fills each slot with a
term from the task's domain, and domain transfer refills the same slots from another
domain's vocabulary (React component -> Flutter widget -> kernel module). Terms of one slot
never repeat across domains, so a transferred text always differs from its source.
"""

from __future__ import annotations

from app.labels import Domain

SLOTS: tuple[str, ...] = ("lang", "framework", "component", "datastore", "platform")

D = Domain

#: domain -> slot -> candidate terms (each phrase reads naturally after "the" or "a").
DOMAIN_VOCAB: dict[Domain, dict[str, tuple[str, ...]]] = {
    D.WEB: {
        "lang": ("TypeScript", "JavaScript"),
        "framework": ("React", "Vue", "Next.js", "Svelte", "Angular"),
        "component": (
            "checkout page component",
            "navigation bar component",
            "signup form",
            "dashboard page",
            "product listing view",
        ),
        "datastore": ("browser localStorage", "IndexedDB cache", "session cookie store"),
        "platform": ("Vercel", "Netlify", "the CDN edge"),
    },
    D.SYSTEMS: {
        "lang": ("Rust", "C", "C++", "Zig"),
        "framework": ("Tokio", "the Linux kernel", "io_uring", "LLVM"),
        "component": ("memory allocator", "thread scheduler", "kernel module", "file system driver", "ring buffer"),
        "datastore": ("memory-mapped file", "on-disk log segment", "shared-memory region"),
        "platform": ("bare-metal x86 servers", "embedded ARM boards", "the RISC-V target"),
    },
    D.DATA_SCIENCE: {
        "lang": ("Python", "R", "Julia"),
        "framework": ("pandas", "PyTorch", "scikit-learn", "Spark", "Polars"),
        "component": (
            "feature engineering pipeline",
            "training loop",
            "data loader",
            "model evaluation notebook",
            "ETL job",
        ),
        "datastore": ("Parquet data lake", "feature store", "Delta table"),
        "platform": ("the GPU training cluster", "Databricks", "SageMaker"),
    },
    D.MOBILE: {
        "lang": ("Kotlin", "Swift", "Dart"),
        "framework": ("Flutter", "SwiftUI", "Jetpack Compose", "React Native"),
        "component": (
            "onboarding screen",
            "Flutter widget",
            "offline sync service",
            "push notification handler",
            "settings screen",
        ),
        "datastore": ("Core Data store", "Room database", "SQLite cache on the device"),
        "platform": ("iOS", "Android", "low-end Android phones"),
    },
    D.DEVOPS: {
        "lang": ("Bash", "HCL", "Go"),
        "framework": ("Terraform", "Kubernetes", "Helm", "Ansible", "GitHub Actions"),
        "component": ("CI pipeline", "deployment workflow", "Helm chart", "autoscaling policy", "release script"),
        "datastore": ("Terraform state bucket", "etcd cluster", "artifact registry"),
        "platform": ("AWS", "GCP", "the on-prem Kubernetes cluster"),
    },
    D.SECURITY: {
        "lang": ("PHP", "Scala", "Elixir"),
        "framework": ("OAuth 2.0", "Keycloak", "OpenSSL", "Vault"),
        "component": (
            "login flow",
            "token validation middleware",
            "password reset flow",
            "access control layer",
            "secrets rotation job",
        ),
        "datastore": ("secrets vault", "audit log store", "credential database"),
        "platform": ("the identity provider", "the zero-trust gateway", "the HSM cluster"),
    },
    D.DATABASE: {
        "lang": ("SQL", "PL/pgSQL", "T-SQL"),
        "framework": ("PostgreSQL", "MySQL", "MongoDB", "Cassandra", "SQLite"),
        "component": (
            "schema migration",
            "query planner hint",
            "stored procedure",
            "indexing strategy",
            "replication setup",
        ),
        "datastore": ("orders table", "read replica", "sharded cluster"),
        "platform": ("Amazon RDS", "a self-hosted database server", "Cloud SQL"),
    },
    D.API: {
        "lang": ("Java", "C#", "Ruby"),
        "framework": ("FastAPI", "Express", "Spring Boot", "gRPC", "GraphQL"),
        "component": ("REST endpoint", "webhook handler", "rate limiter", "pagination logic", "API gateway route"),
        "datastore": ("Redis response cache", "idempotency key store", "API key table"),
        "platform": ("the public API gateway", "AWS Lambda", "the partner integration sandbox"),
    },
}


def _check_disjoint() -> None:
    for slot in SLOTS:
        seen: dict[str, Domain] = {}
        for domain, vocab in DOMAIN_VOCAB.items():
            for term in vocab[slot]:
                if term in seen:
                    raise AssertionError(f"slot {slot!r} term {term!r} in {seen[term]} and {domain}")
                seen[term] = domain


_check_disjoint()
