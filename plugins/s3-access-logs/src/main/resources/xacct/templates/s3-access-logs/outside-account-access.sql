-- name: outside-account-access
-- title: "Access by principals of another account"
-- description: "Requests whose requester is an IAM principal of an account other than the bucket's (the partition accountid; list your own in 'trusted' for the simple layout), allowed or denied, per account, principal and operation."
-- engines: [athena, local]
-- table: s3_access_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only buckets of these accounts (partitioned layout; default: all)" }
--   regions:  { type: "list<region>", description: "Only buckets in these regions (partitioned layout; default: all)" }
--   bucket:   { type: string, description: "Only this bucket (default: all)", sample: "acme-data" }
--   trusted:  { type: "list<account-id>", description: "Accounts that count as your own besides the bucket's (default: none)" }
--   limit:    { type: int, default: "200", description: "Most rows to return" }
SELECT regexp_extract(requester, '^arn:aws[a-z-]*:(?:iam|sts)::([0-9]{12}):', 1) AS requester_account,
       accountid AS bucket_account,
       requester,
       bucket_name,
       operation,
       httpstatus,
       COUNT(*) AS requests,
       COUNT(DISTINCT key) AS keys,
       MIN(requestdatetime) AS first_seen,
       MAX(requestdatetime) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') >= from_iso8601_timestamp(${start:iso})
  AND parse_datetime(requestdatetime, 'dd/MMM/yyyy:HH:mm:ss Z') < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND bucket_name = ${bucket}]]
  AND regexp_like(requester, '^arn:aws[a-z-]*:(iam|sts)::[0-9]{12}:')
  AND regexp_extract(requester, '^arn:aws[a-z-]*:(?:iam|sts)::([0-9]{12}):', 1) <> COALESCE(accountid, '')
  [[AND regexp_extract(requester, '^arn:aws[a-z-]*:(?:iam|sts)::([0-9]{12}):', 1) NOT IN ${trusted}]]
GROUP BY regexp_extract(requester, '^arn:aws[a-z-]*:(?:iam|sts)::([0-9]{12}):', 1), accountid, requester, bucket_name,
         operation, httpstatus
ORDER BY requests DESC, requester, bucket_account, bucket_name, operation, httpstatus
LIMIT ${limit}
