package gen

import (
	"fmt"
	"strings"
)

// tfOrganization is the management account's root module: the
// organisation, its units and accounts, SCPs and RCPs.
func tfOrganization(p *plan) map[string]string {
	var units, accts strings.Builder
	for _, u := range p.org.units {
		fmt.Fprintf(&units, "    %q = {}\n", u)
	}
	for _, a := range p.org.accounts {
		fmt.Fprintf(&accts, "    %q = { unit = %q, email = \"aws+%s@example.com\" }\n", a.name, p.org.units[a.unit], a.name)
	}
	main := fmt.Sprintf(`provider "aws" {
  region = "us-east-1"
}

resource "aws_organizations_organization" "this" {
  aws_service_access_principals = ["connect.amazonaws.com", "sso.amazonaws.com"]
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"]
  feature_set                   = "ALL"
}

locals {
  units = {
%s  }
  accounts = {
%s  }
}

resource "aws_organizations_organizational_unit" "unit" {
  for_each  = local.units
  name      = each.key
  parent_id = aws_organizations_organization.this.roots[0].id
}

resource "aws_organizations_account" "member" {
  for_each  = local.accounts
  name      = each.key
  email     = each.value.email
  parent_id = aws_organizations_organizational_unit.unit[each.value.unit].id
}
`, units.String(), accts.String())
	return map[string]string{
		"organization/main.tf":     main,
		"organization/policies.tf": tfOrgPolicies,
	}
}

const tfOrgPolicies = `resource "aws_organizations_policy" "deny_leave" {
  name = "deny-leave-organization"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "DenyLeave"
      Effect   = "Deny"
      Action   = ["organizations:LeaveOrganization"]
      Resource = "*"
    }]
  })
}

resource "aws_organizations_policy" "protect_recordings" {
  name = "protect-recordings"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DenyBucketDeletion"
        Effect   = "Deny"
        Action   = ["s3:DeleteBucket", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy"]
        Resource = "arn:aws:s3:::*-recordings-*"
        Condition = {
          ArnNotLike = { "aws:PrincipalArn" = "arn:aws:iam::*:role/platform-deployer" }
        }
      },
      {
        Sid      = "DenyKeyDeletion"
        Effect   = "Deny"
        Action   = ["kms:ScheduleKeyDeletion", "kms:DisableKey"]
        Resource = "*"
        Condition = {
          ArnNotLike = { "aws:PrincipalArn" = "arn:aws:iam::*:role/platform-deployer" }
        }
      },
    ]
  })
}

resource "aws_organizations_policy" "rcp_tls" {
  name = "enforce-tls"
  type = "RESOURCE_CONTROL_POLICY"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = ["s3:*", "kms:*"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_organizations_policy_attachment" "deny_leave" {
  policy_id = aws_organizations_policy.deny_leave.id
  target_id = aws_organizations_organization.this.roots[0].id
}

resource "aws_organizations_policy_attachment" "protect_recordings" {
  for_each  = toset(["workloads-prod", "workloads-nonprod"])
  policy_id = aws_organizations_policy.protect_recordings.id
  target_id = aws_organizations_organizational_unit.unit[each.key].id
}

resource "aws_organizations_policy_attachment" "rcp_tls" {
  policy_id = aws_organizations_policy.rcp_tls.id
  target_id = aws_organizations_organization.this.roots[0].id
}
`

// tfModule is the local module each workload calls with for_each: an
// archive bucket with its settings and a TLS-only policy.
func tfModule() map[string]string {
	return map[string]string{
		"modules/recording-bucket/variables.tf": `variable "name" {
  type = string
}

variable "kms_key_arn" {
  type = string
}

variable "reader_arns" {
  type    = list(string)
  default = []
}
`,
		"modules/recording-bucket/outputs.tf": `output "arn" {
  value = aws_s3_bucket.this.arn
}

output "name" {
  value = aws_s3_bucket.this.id
}
`,
		"modules/recording-bucket/main.tf": `resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

data "aws_iam_policy_document" "this" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  dynamic "statement" {
    for_each = length(var.reader_arns) > 0 ? [1] : []
    content {
      sid       = "Readers"
      actions   = ["s3:GetObject", "s3:ListBucket"]
      resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
      principals {
        type        = "AWS"
        identifiers = var.reader_arns
      }
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.this.json
}
`,
	}
}
