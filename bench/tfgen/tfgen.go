// Package tfgen writes a synthetic Terraform estate for benchmarking the
// loader: buckets with policies, roles with inline policies, keys with
// policy documents, default encryption.
package tfgen

import (
	"fmt"
	"os"
	"path/filepath"
)

// Generate writes n resource files and one common file under dir, all
// one root module, and returns their paths.
func Generate(dir string, n int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	paths := make([]string, 0, n+1)
	write := func(name, text string) error {
		path := filepath.Join(dir, name)
		paths = append(paths, path)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	if err := write("common.tf", common); err != nil {
		return nil, err
	}
	for i := range n {
		if err := write(fmt.Sprintf("f%04d.tf", i), fileText(i)); err != nil {
			return nil, err
		}
	}
	return paths, nil
}

const common = `variable "env" {
  default = "prod"
}

data "aws_caller_identity" "current" {}

provider "aws" {
  region = "eu-west-2"
}
`

func fileText(i int) string {
	return fmt.Sprintf(`
locals {
  name_%[1]d = "rec-${var.env}-%[1]d"
}

resource "aws_s3_bucket" "b%[1]d" {
  bucket = local.name_%[1]d
}

resource "aws_kms_key" "k%[1]d" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key%[1]d.json
}

data "aws_iam_policy_document" "key%[1]d" {
  statement {
    sid       = "Root"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "b%[1]d" {
  bucket = aws_s3_bucket.b%[1]d.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecure"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.b%[1]d.arn, "${aws_s3_bucket.b%[1]d.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "Readers"
        Effect    = "Allow"
        Principal = { AWS = [for r in aws_iam_role.r%[1]d : r.arn] }
        Action    = ["s3:GetObject"]
        Resource  = "${aws_s3_bucket.b%[1]d.arn}/*"
      },
    ]
  })
}

resource "aws_iam_role" "r%[1]d" {
  for_each = toset(["agent", "supervisor"])
  name     = "${each.key}-%[1]d"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  inline_policy {
    name = "read"
    policy = jsonencode({
      Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "kms:Decrypt"], Resource = ["${aws_s3_bucket.b%[1]d.arn}/*", aws_kms_key.k%[1]d.arn] }]
    })
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b%[1]d" {
  bucket = aws_s3_bucket.b%[1]d.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k%[1]d.arn
    }
  }
}
`, i)
}
