variable "deployer_role_arn" {
  type = string
}

resource "aws_kms_key" "recordings" {
  description = "Call recordings"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "KeyAdmins"
        Effect    = "Allow"
        Principal = { AWS = var.deployer_role_arn }
        Action    = ["kms:Describe*", "kms:Put*", "kms:Enable*"]
        Resource  = "*"
      }
    ]
  })
}
