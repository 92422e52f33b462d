resource "aws_connect_instance" "main" {
  identity_management_type = "CONNECT_MANAGED"
  inbound_calls_enabled    = true
  instance_alias           = "acme-contact"
  outbound_calls_enabled   = false
}

resource "aws_connect_instance_storage_config" "recordings" {
  instance_id   = aws_connect_instance.main.id
  resource_type = "CALL_RECORDINGS"

  storage_config {
    storage_type = "S3"
    s3_config {
      bucket_name   = aws_s3_bucket.recordings.id
      bucket_prefix = "connect/recordings"
      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.recordings.arn
      }
    }
  }
}
