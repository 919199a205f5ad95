-- The alb_access_logs table for the alb-logs pack: AWS's documented ALB access-log table
-- (RegexSerDe, the columns of https://docs.aws.amazon.com/athena/latest/ug/create-alb-access-logs-table-partition-projection.html)
-- with partition projection on `day` (yyyy/MM/dd): no partitions to add, ever.
--
-- Before running it, replace in LOCATION and storage.location.template (they must agree):
--   amzn-s3-demo-bucket   the bucket the load balancer writes to
--   my-prefix/            the prefix set on the load balancer (drop it, with its slash, if none)
--   111122223333          the account that owns the LOAD BALANCER (not the bucket)
--   us-east-1             the load balancer's region
-- and in projection.day.range, 2025/01/01 with the first day you have logs for.
-- Then: xacct template lint THIS-FILE, and run it in Athena.
CREATE EXTERNAL TABLE IF NOT EXISTS alb_access_logs (
    type string,
    `time` string,
    elb string,
    client_ip string,
    client_port int,
    target_ip string,
    target_port int,
    request_processing_time double,
    target_processing_time double,
    response_processing_time double,
    elb_status_code int,
    target_status_code string,
    received_bytes bigint,
    sent_bytes bigint,
    request_verb string,
    request_url string,
    request_proto string,
    user_agent string,
    ssl_cipher string,
    ssl_protocol string,
    target_group_arn string,
    trace_id string,
    domain_name string,
    chosen_cert_arn string,
    matched_rule_priority string,
    request_creation_time string,
    actions_executed string,
    redirect_url string,
    lambda_error_reason string,
    target_port_list string,
    target_status_code_list string,
    classification string,
    classification_reason string,
    conn_trace_id string
)
PARTITIONED BY (
    day string
)
ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.RegexSerDe'
WITH SERDEPROPERTIES (
    'serialization.format' = '1',
    'input.regex' = '([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) \"([^ ]*) (.*) (- |[^ ]*)\" \"([^\"]*)\" ([A-Z0-9-_]+) ([A-Za-z0-9.-]*) ([^ ]*) \"([^\"]*)\" \"([^\"]*)\" \"([^\"]*)\" ([-.0-9]*) ([^ ]*) \"([^\"]*)\" \"([^\"]*)\" \"([^ ]*)\" \"([^\\s]+?)\" \"([^\\s]+)\" \"([^ ]*)\" \"([^ ]*)\" ?([^ ]*)?( .*)?'
)
LOCATION 's3://amzn-s3-demo-bucket/my-prefix/AWSLogs/111122223333/elasticloadbalancing/us-east-1/'
TBLPROPERTIES (
    'projection.enabled' = 'true',
    'projection.day.type' = 'date',
    'projection.day.range' = '2025/01/01,NOW',
    'projection.day.format' = 'yyyy/MM/dd',
    'projection.day.interval' = '1',
    'projection.day.interval.unit' = 'DAYS',
    'storage.location.template' = 's3://amzn-s3-demo-bucket/my-prefix/AWSLogs/111122223333/elasticloadbalancing/us-east-1/${day}'
)
