-- name: s3-bucket-policy-changes
-- title: "S3 bucket access changes"
-- description: "Bucket policy, ACL, public access block and ownership control changes."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   bucket:   { type: string, description: "Only this bucket", sample: "my-bucket" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventname,
       json_extract_scalar(requestparameters, '$.bucketName') AS bucket,
       sourceipaddress,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventsource = 's3.amazonaws.com'
  AND eventname IN ('PutBucketPolicy', 'DeleteBucketPolicy', 'PutBucketAcl', 'PutBucketPublicAccessBlock', 'DeleteBucketPublicAccessBlock', 'PutBucketOwnershipControls', 'DeleteBucketOwnershipControls', 'PutAccountPublicAccessBlock', 'DeleteAccountPublicAccessBlock')
  [[AND json_extract_scalar(requestparameters, '$.bucketName') = ${bucket}]]
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
