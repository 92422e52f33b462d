resource "aws_connect_instance" "support" {
  identity_management_type = "CONNECT_MANAGED"
  inbound_calls_enabled    = true
  outbound_calls_enabled   = true
  instance_alias           = var.instance_alias
}

resource "aws_connect_instance_storage_config" "call_recordings" {
  instance_id   = aws_connect_instance.support.id
  resource_type = "CALL_RECORDINGS"

  storage_config {
    storage_type = "S3"

    s3_config {
      bucket_name   = aws_s3_bucket.recordings.id
      bucket_prefix = "connect/${var.instance_alias}"

      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.recordings.arn
      }
    }
  }
}
