"""Mutual's benchmarks: the numbers of DESIGN.md §6 on the scale set. Run `make bench`."""
