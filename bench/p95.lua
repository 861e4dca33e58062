-- wrk calls done() after the run: print the 95th percentile latency in microseconds.
done = function(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
end
