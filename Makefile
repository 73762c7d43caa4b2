# Two commands on a fresh machine: `make demo` and `make test`.
UV := $(shell scripts/ensure-uv.sh)
DEMO_DIR := demo

.DEFAULT_GOAL := help
.PHONY: help demo test lint bench clean

help: ## List the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(DEMO_DIR)/Makefile:
	$(UV) run --locked cookiecutter --no-input --output-dir . . project_name=Demo

demo: $(DEMO_DIR)/Makefile ## Bake the defaults into ./demo and start it
	$(MAKE) -C $(DEMO_DIR) dev UV="$(UV)"

test: lint ## Run everything CI runs
	scripts/ensure-postgres.sh
	scripts/ensure-chromium.sh
	scripts/ensure-stack.sh
	UV="$(UV)" $(UV) run --locked pytest

lint: ## Lint the template's own Python
	$(UV) run --locked ruff check hooks tests bench local_extensions.py && $(UV) run --locked ruff format --check hooks tests bench local_extensions.py

bench: ## Sign-in throughput of a bake next to rest-social-auth (bench/README.md)
	scripts/ensure-postgres.sh
	cd bench && UV="$(UV)" $(UV) run --locked python -m loginbench --output RESULTS-latest.md $(BENCH_ARGS)

clean: ## Remove ./demo
	rm -rf $(DEMO_DIR)
