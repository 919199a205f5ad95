-- name: slow-requests
-- title: "Slow requests: target processing time above a threshold"
-- description: "Requests whose target took at least threshold_ms milliseconds to answer, slowest first, with the trace id to follow them."
-- engines: [athena]
-- table: alb_access_logs
-- partition-keys: [day]
-- params:
--   start:        { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:          { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   threshold_ms: { type: int, default: "1000", description: "Minimum target_processing_time, in milliseconds" }
--   elb:          { type: string, description: "Only load balancers whose name contains this, e.g. my-alb (default: all)", sample: "my-alb" }
--   limit:        { type: int, default: "1000", description: "Most rows to return" }
SELECT "time",
       elb,
       client_ip,
       target_ip,
       target_port,
       request_verb,
       request_url,
       request_processing_time,
       target_processing_time,
       response_processing_time,
       elb_status_code,
       target_status_code,
       trace_id
FROM ${table}
WHERE "day" BETWEEN ${start:partition} AND ${end:partition}
  AND from_iso8601_timestamp("time") >= from_iso8601_timestamp(${start:iso})
  AND from_iso8601_timestamp("time") < from_iso8601_timestamp(${end:iso-end})
  [[AND elb LIKE '%' || ${elb} || '%']]
  AND target_processing_time * 1000 >= ${threshold_ms}
ORDER BY target_processing_time DESC, "time"
LIMIT ${limit}
