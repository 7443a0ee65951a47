// API operation names that are not IAM actions, with the IAM actions that grant them. Writing the SDK or
// CLI operation (`s3:HeadObject`, `s3:ListObjectsV2`, `lambda:Invoke`) where IAM expects an action is a
// frequent mistake that catalog checks report only as "unknown action". Curated from the services'
// "actions, resources and condition keys" and API reference pages (for S3: "Required permissions for
// Amazon S3 API operations"); every target is checked against the catalog in the unit tests, and no
// key may itself be an IAM action.

/** `service:Operation` (matched case-insensitively) → the IAM actions (canonical case) that grant the operation. */
const OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  's3:HeadBucket': ['s3:ListBucket'],
  's3:HeadObject': ['s3:GetObject'],
  's3:ListObjects': ['s3:ListBucket'],
  's3:ListObjectsV2': ['s3:ListBucket'],
  's3:ListObjectVersions': ['s3:ListBucketVersions'],
  's3:CreateMultipartUpload': ['s3:PutObject'],
  's3:UploadPart': ['s3:PutObject'],
  's3:CompleteMultipartUpload': ['s3:PutObject'],
  's3:UploadPartCopy': ['s3:PutObject', 's3:GetObject'],
  's3:CopyObject': ['s3:PutObject', 's3:GetObject'],
  's3:DeleteObjects': ['s3:DeleteObject'],
  's3:GetBucketLifecycle': ['s3:GetLifecycleConfiguration'],
  's3:GetBucketLifecycleConfiguration': ['s3:GetLifecycleConfiguration'],
  's3:PutBucketLifecycle': ['s3:PutLifecycleConfiguration'],
  's3:PutBucketLifecycleConfiguration': ['s3:PutLifecycleConfiguration'],
  's3:DeleteBucketLifecycle': ['s3:PutLifecycleConfiguration'],
  's3:GetBucketReplication': ['s3:GetReplicationConfiguration'],
  's3:PutBucketReplication': ['s3:PutReplicationConfiguration'],
  's3:DeleteBucketReplication': ['s3:PutReplicationConfiguration'],
  's3:GetBucketEncryption': ['s3:GetEncryptionConfiguration'],
  's3:PutBucketEncryption': ['s3:PutEncryptionConfiguration'],
  's3:DeleteBucketEncryption': ['s3:PutEncryptionConfiguration'],
  's3:DeleteBucketCors': ['s3:PutBucketCORS'],
  's3:GetBucketAccelerateConfiguration': ['s3:GetAccelerateConfiguration'],
  's3:PutBucketAccelerateConfiguration': ['s3:PutAccelerateConfiguration'],
  's3:GetBucketAnalyticsConfiguration': ['s3:GetAnalyticsConfiguration'],
  's3:PutBucketAnalyticsConfiguration': ['s3:PutAnalyticsConfiguration'],
  's3:DeleteBucketAnalyticsConfiguration': ['s3:PutAnalyticsConfiguration'],
  's3:ListBucketAnalyticsConfigurations': ['s3:GetAnalyticsConfiguration'],
  's3:GetBucketInventoryConfiguration': ['s3:GetInventoryConfiguration'],
  's3:PutBucketInventoryConfiguration': ['s3:PutInventoryConfiguration'],
  's3:DeleteBucketInventoryConfiguration': ['s3:PutInventoryConfiguration'],
  's3:ListBucketInventoryConfigurations': ['s3:GetInventoryConfiguration'],
  's3:GetBucketMetricsConfiguration': ['s3:GetMetricsConfiguration'],
  's3:PutBucketMetricsConfiguration': ['s3:PutMetricsConfiguration'],
  's3:DeleteBucketMetricsConfiguration': ['s3:PutMetricsConfiguration'],
  's3:ListBucketMetricsConfigurations': ['s3:GetMetricsConfiguration'],
  's3:GetBucketIntelligentTieringConfiguration': ['s3:GetIntelligentTieringConfiguration'],
  's3:PutBucketIntelligentTieringConfiguration': ['s3:PutIntelligentTieringConfiguration'],
  's3:DeleteBucketIntelligentTieringConfiguration': ['s3:PutIntelligentTieringConfiguration'],
  's3:ListBucketIntelligentTieringConfigurations': ['s3:GetIntelligentTieringConfiguration'],
  's3:DeleteBucketOwnershipControls': ['s3:PutBucketOwnershipControls'],
  's3:DeleteBucketTagging': ['s3:PutBucketTagging'],
  's3:GetObjectLockConfiguration': ['s3:GetBucketObjectLockConfiguration'],
  's3:PutObjectLockConfiguration': ['s3:PutBucketObjectLockConfiguration'],
  's3:GetPublicAccessBlock': ['s3:GetBucketPublicAccessBlock'],
  's3:PutPublicAccessBlock': ['s3:PutBucketPublicAccessBlock'],
  's3:DeletePublicAccessBlock': ['s3:PutBucketPublicAccessBlock'],
  's3:ListMultipartUploads': ['s3:ListBucketMultipartUploads'],
  's3:ListParts': ['s3:ListMultipartUploadParts'],
  's3:GetBucketNotificationConfiguration': ['s3:GetBucketNotification'],
  's3:PutBucketNotificationConfiguration': ['s3:PutBucketNotification'],
  's3:ListBuckets': ['s3:ListAllMyBuckets'],
  's3:SelectObjectContent': ['s3:GetObject'],
  'lambda:Invoke': ['lambda:InvokeFunction'],
  'lambda:InvokeWithResponseStream': ['lambda:InvokeFunction'],
  'sqs:SendMessageBatch': ['sqs:SendMessage'],
  'sqs:DeleteMessageBatch': ['sqs:DeleteMessage'],
  'sqs:ChangeMessageVisibilityBatch': ['sqs:ChangeMessageVisibility'],
  'sns:PublishBatch': ['sns:Publish'],
  'dynamodb:TransactWriteItems': ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
  'dynamodb:TransactGetItems': ['dynamodb:GetItem'],
  'dynamodb:ExecuteStatement': ['dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete'],
  'dynamodb:BatchExecuteStatement': ['dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete'],
  'dynamodb:ExecuteTransaction': ['dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete'],
  'apigateway:CreateRestApi': ['apigateway:POST'],
  'apigateway:GetRestApis': ['apigateway:GET'],
  'apigateway:UpdateRestApi': ['apigateway:PATCH'],
  'apigateway:DeleteRestApi': ['apigateway:DELETE'],
};

const BY_LOWER = new Map(Object.entries(OPERATIONS).map(([k, v]) => [k.toLowerCase(), v]));

/** The IAM actions that grant an API operation written as an action, or undefined when it is not a known operation. */
export function actionsForOperation(action: string): readonly string[] | undefined {
  return BY_LOWER.get(action.toLowerCase());
}

/** Every curated operation (for tests). */
export function knownOperations(): readonly string[] {
  return Object.keys(OPERATIONS);
}
