.PHONY: run test bench translations package
run:
	python3 dev.py run
test:
	python3 dev.py test
bench:
	python3 dev.py bench

translations:
	python3 dev.py translations

package:
	python3 dev.py package
