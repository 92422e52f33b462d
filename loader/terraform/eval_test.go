package terraform

import "testing"

func TestEvaluation(t *testing.T) {
	t.Parallel()
	runCases(t, []loadCase{
		{
			name: "variable precedence",
			files: map[string]string{
				"main.tf": `
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "f" { default = "default" }
variable "n" {
  type     = string
  default  = "fallback"
  nullable = false
}
resource "aws_s3_bucket" "x" { bucket = join("-", [var.a, var.b, var.c, var.d, var.e, var.f]) }
module "m" {
  source = "./m"
  n      = null
}
`,
				"m/main.tf": `
variable "n" {
  type     = string
  default  = "fallback"
  nullable = false
}
resource "aws_s3_bucket" "y" { bucket = var.n }
`,
				"terraform.tfvars": `b = "tfvars"` + "\n" + `c = "tfvars"`,
				"x.auto.tfvars":    `c = "auto"` + "\n" + `d = "auto"`,
				"extra.tfvars":     `d = "varfile"` + "\n" + `e = "varfile"`,
				"ignored.tfvars":   `f = "never"`,
			},
			args: []string{"main.tf", "m/main.tf", "terraform.tfvars", "x.auto.tfvars", "extra.tfvars", "ignored.tfvars"},
			opts: Options{
				Environ:  []string{"TF_VAR_a=env", "TF_VAR_b=env", "HOME=/root"},
				VarFiles: []string{"extra.tfvars"},
				Vars:     map[string]string{"e": "cli"},
			},
			want: []string{
				"bucket aws_s3_bucket.x name=env-tfvars-auto-varfile-cli-default arn=arn:aws:s3:::env-tfvars-auto-varfile-cli-default own=BucketOwnerEnforced acl= ver= rp=false",
				"bucket module.m.aws_s3_bucket.y name=fallback arn=arn:aws:s3:::fallback own=BucketOwnerEnforced acl= ver= rp=false",
			},
		},
		{
			name: "locals in dependency order and cycles",
			files: map[string]string{"main.tf": `
locals {
  full = "${local.base}-${local.env}"
  base = "rec"
  env  = "prod"
  a    = local.b
  b    = local.a
}
resource "aws_s3_bucket" "x" { bucket = local.full }
resource "aws_s3_bucket" "y" { bucket = local.a }
`},
			want: []string{
				"diag error main.tf:5:3-5:4 dependency cycle",
				"bucket aws_s3_bucket.x name=rec-prod arn=arn:aws:s3:::rec-prod own=BucketOwnerEnforced acl= ver= rp=false",
				"bucket aws_s3_bucket.y name=<aws_s3_bucket.y.bucket> arn=arn:aws:s3:::<aws_s3_bucket.y.bucket> own=BucketOwnerEnforced acl= ver= rp=false",
			},
		},
		{
			name: "count, for_each and conditions the configuration does not decide",
			files: map[string]string{"main.tf": `
variable "env" { type = string }
variable "readers" {
  default = { alice = "ro", bob = "rw" }
}
resource "aws_iam_role" "reader" {
  for_each = var.readers
  name     = "${each.key}-${each.value}"
}
resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = "b-${count.index}"
}
resource "aws_s3_bucket" "maybe" {
  count  = var.env == "prod" ? 1 : 0
  bucket = "maybe"
}
resource "aws_s3_bucket" "same" {
  count  = var.env == var.env ? 1 : 0
  bucket = "same-${aws_iam_role.reader["bob"].name}-${length(aws_s3_bucket.b[*].arn)}"
}
`},
			want: []string{
				"bucket aws_s3_bucket.b[0] name=b-0 arn=arn:aws:s3:::b-0 own=BucketOwnerEnforced acl= ver= rp=false",
				"bucket aws_s3_bucket.b[1] name=b-1 arn=arn:aws:s3:::b-1 own=BucketOwnerEnforced acl= ver= rp=false",
				"bucket aws_s3_bucket.maybe name=maybe arn=arn:aws:s3:::maybe own=BucketOwnerEnforced acl= ver= rp=false conditional",
				"bucket aws_s3_bucket.same[0] name=same-bob-rw-2 arn=arn:aws:s3:::same-bob-rw-2 own=BucketOwnerEnforced acl= ver= rp=false",
				"principal role aws_iam_role.reader[\"alice\"] name=alice-ro arn=arn:aws:iam::<current account>:role/alice-ro uid=<aws_iam_role.reader[\"alice\"].unique_id>",
				"principal role aws_iam_role.reader[\"bob\"] name=bob-rw arn=arn:aws:iam::<current account>:role/bob-rw uid=<aws_iam_role.reader[\"bob\"].unique_id>",
			},
		},
	})
}
