-- name: key-history
-- title: "Every request on a key or key prefix"
-- description: "Requests on keys that start with a prefix, in time order: who read, wrote or deleted an object."
-- engines: [athena, local]
-- table: s3_access_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only buckets of these accounts (partitioned layout; default: all)" }
--   regions:  { type: "list<region>", description: "Only buckets in these regions (partitioned layout; default: all)" }
--   bucket:   { type: string, description: "Only this bucket (default: all)", sample: "acme-data" }
--   key:      { type: string, required: true, description: "The key or key prefix, e.g. exports/ (as logged: URL-encoded)", sample: "exports/" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT requestdatetime,
       bucket_name,
       key,
       operation,
       requester,
       remoteip,
       httpstatus,
       errorcode,
       bytessent
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') >= from_iso8601_timestamp(${start:iso})
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND bucket_name = ${bucket}]]
  AND key LIKE ${key} || '%'
ORDER BY parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z'), key, requestid
LIMIT ${limit}
