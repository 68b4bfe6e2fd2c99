/** Benchmarks run by {@code ./vanban bench} and {@code scripts/benchmark}; never timed unit tests. */
package vn.vanban.bench;
