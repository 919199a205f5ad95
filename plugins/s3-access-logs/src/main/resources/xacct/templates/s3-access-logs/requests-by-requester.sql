-- name: requests-by-requester
-- title: "Requests and bytes by requester and operation"
-- description: "Who uses a bucket and how: requests, errors and bytes sent per requester and operation, busiest first ('-' is anonymous)."
-- engines: [athena, local]
-- table: s3_access_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only buckets of these accounts (partitioned layout; default: all)" }
--   regions:  { type: "list<region>", description: "Only buckets in these regions (partitioned layout; default: all)" }
--   bucket:   { type: string, description: "Only this bucket (default: all)", sample: "acme-data" }
--   limit:    { type: int, default: "200", description: "Most rows to return" }
SELECT requester,
       operation,
       COUNT(*) AS requests,
       COUNT(CASE WHEN httpstatus LIKE '4%' OR httpstatus LIKE '5%' THEN 1 END) AS errors,
       SUM(bytessent) AS bytes_sent,
       COUNT(DISTINCT bucket_name) AS buckets,
       COUNT(DISTINCT remoteip) AS addresses
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') >= from_iso8601_timestamp(${start:iso})
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND bucket_name = ${bucket}]]
GROUP BY requester, operation
ORDER BY requests DESC, requester, operation
LIMIT ${limit}
