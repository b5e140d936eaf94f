# Fazhi: the two commands are `make run` and `make test`; `make help` lists the rest.
# The scripts behind the targets live in deploy/local/; downloads go to .cache/, runtime state to .run/.
SHELL := /bin/bash
.DEFAULT_GOAL := help
LOCAL := deploy/local

.PHONY: help run test build bench bench-data bench-scale spec e2e keycloak stop clean

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

run: ## start Keycloak, the API with demo data and the SPA locally (Ctrl-C stops them)
	@$(LOCAL)/run.sh

test: ## run every test suite: frontend, backend, Keycloak tokens, end-to-end in Chromium
	@$(LOCAL)/test.sh

build: ## build the backend jar and the frontend bundle
	@$(LOCAL)/build.sh all

bench: ## measure the busiest API endpoints (latency percentiles, req/s) on the demo data with real tokens
	@$(LOCAL)/bench.sh

bench-data: ## fill the database fazhi_scale with a county's records (200 000 cases in one township, 1 000 000 in all)
	@$(LOCAL)/bench.sh data

bench-scale: ## make bench on fazhi_scale (filled first if needed), with deep pages, filtered sorts and text search
	@$(LOCAL)/bench.sh scale

spec: ## regenerate api-spec/openapi.yaml and the SPA fakes' rule catalogue from the code
	@$(LOCAL)/build.sh backend
	@cp backend/app/target/openapi/openapi.yaml api-spec/openapi.yaml
	@echo "api-spec/openapi.yaml updated"
	@mvn -f backend/pom.xml -B -ntp -q -pl app -am test -Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false \
		-Dfazhi.rules.write=true
	@echo "frontend/src/testing/rules.json (the rule catalogue for the SPA's fakes) updated"

e2e: ## run the end-to-end browser test against real Keycloak, API and SPA
	@$(LOCAL)/e2e.sh

keycloak: ## start the local Keycloak alone on http://localhost:8180 (make stop stops it)
	@$(LOCAL)/keycloak.sh start
	@$(LOCAL)/keycloak.sh wait

stop: ## stop Keycloak and any API/SPA left running by the local scripts
	@$(LOCAL)/stop.sh

clean: stop ## remove build output and local run state (keeps the downloads in .cache/)
	rm -rf backend/core/target backend/app/target frontend/dist .run
