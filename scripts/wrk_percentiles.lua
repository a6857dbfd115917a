-- Print the latency percentiles the benchmark reports (wrk's --latency has no p95).
done = function(summary, latency, requests)
  io.write(string.format("BENCH p50=%d p95=%d p99=%d requests=%d errors=%d\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
