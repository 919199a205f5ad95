-- name: deletes
-- title: "Deletes: who removed what"
-- description: "Every DELETE (single objects, multi-object deletes, buckets and their configuration) that succeeded, with requester, address and key, newest first."
-- engines: [athena, local]
-- table: s3_access_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only buckets of these accounts (partitioned layout; default: all)" }
--   regions:  { type: "list<region>", description: "Only buckets in these regions (partitioned layout; default: all)" }
--   bucket:   { type: string, description: "Only this bucket (default: all)", sample: "acme-data" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT requestdatetime,
       bucket_name,
       requester,
       remoteip,
       operation,
       key,
       versionid,
       httpstatus,
       useragent
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') >= from_iso8601_timestamp(${start:iso})
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND bucket_name = ${bucket}]]
  AND (operation LIKE 'REST.DELETE.%' OR operation = 'REST.POST.MULTI_OBJECT_DELETE')
  AND httpstatus IN ('200', '204')
ORDER BY parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') DESC, key, requestid
LIMIT ${limit}
