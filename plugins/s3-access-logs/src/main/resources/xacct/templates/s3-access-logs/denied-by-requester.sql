-- name: denied-by-requester
-- title: "Denied requests by requester"
-- description: "403s per requester, operation, bucket and error code, with an example key and the 's3 diagnose' command that explains one: which layer denies, and the fix."
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
       bucket_name,
       errorcode,
       COUNT(*) AS denied,
       COUNT(DISTINCT remoteip) AS addresses,
       MIN(key) AS example_key,
       's3 diagnose s3://' || bucket_name || '/' || MIN(key) || ' --operation GetObject' AS diagnose,
       MIN(requestdatetime) AS first_seen,
       MAX(requestdatetime) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') >= from_iso8601_timestamp(${start:iso})
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND bucket_name = ${bucket}]]
  AND httpstatus = '403'
GROUP BY requester, operation, bucket_name, errorcode
ORDER BY denied DESC, requester, operation, bucket_name, errorcode
LIMIT ${limit}
