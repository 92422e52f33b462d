package terraform

import "testing"

func TestResources(t *testing.T) {
	t.Parallel()
	runCases(t, []loadCase{
		{
			name: "a broken file is a located diagnostic and the others still load",
			files: map[string]string{
				"bad.tf":  "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n}\n",
				"good.tf": `resource "aws_s3_bucket" "y" { bucket = upper(nosuch("y")) }`,
			},
			want: []string{
				"diag error bad.tf:2:12-3:1 Invalid expression",
				"diag warning good.tf:1:47-1:53 Call to unknown function",
				"bucket aws_s3_bucket.x name=<aws_s3_bucket.x.bucket> arn=arn:aws:s3:::<aws_s3_bucket.x.bucket> own=BucketOwnerEnforced acl= ver= rp=false",
				"bucket aws_s3_bucket.y name=<aws_s3_bucket.y.bucket> arn=arn:aws:s3:::<aws_s3_bucket.y.bucket> own=BucketOwnerEnforced acl= ver= rp=false",
			},
		},
		{
			name: "IAM users, groups, attachments and managed policies",
			files: map[string]string{"main.tf": `
resource "aws_iam_user" "u" {
  name                 = "alice"
  permissions_boundary = aws_iam_policy.boundary.arn
}
resource "aws_iam_group" "g" { name = "readers" }
resource "aws_iam_group_policy" "g" {
  group  = aws_iam_group.g.name
  policy = jsonencode({ Statement = { Effect = "Allow", Action = "s3:ListBucket", Resource = "*" } })
}
resource "aws_iam_user_group_membership" "m" {
  user   = aws_iam_user.u.name
  groups = [aws_iam_group.g.name]
}
resource "aws_iam_policy" "boundary" {
  name   = "boundary"
  path   = "/b/"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
}
resource "aws_iam_role" "r" {
  name                = "svc"
  managed_policy_arns = ["arn:aws:iam::aws:policy/NotShipped", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
}
resource "aws_iam_service_linked_role" "connect" { aws_service_name = "connect.amazonaws.com" }
`},
			want: []string{
				"principal user aws_iam_user.u name=alice arn=arn:aws:iam::<current account>:user/alice uid=<aws_iam_user.u.unique_id>",
				"  boundary aws_iam_policy.boundary#policy name=boundary arn=arn:aws:iam::<current account>:policy/b/boundary",
				"    aws_iam_policy.boundary/0 main.tf:17:38-17:91 Allow act=[s3:*] nact=[] res=[*] - cond=[]",
				"  identity aws_iam_group_policy.g#policy name= arn=",
				"    aws_iam_group_policy.g/0 main.tf:8:37-8:99 Allow act=[s3:ListBucket] nact=[] res=[*] - cond=[]",
				"principal role aws_iam_role.r name=svc arn=arn:aws:iam::<current account>:role/svc uid=<aws_iam_role.r.unique_id>",
				"  identity aws_iam_role.r arn=arn:aws:iam::aws:policy/NotShipped unknown: managed policy arn:aws:iam::aws:policy/NotShipped is not in the configuration",
				"  identity aws_iam_role.r# name=AmazonS3ReadOnlyAccess arn=arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
				"    arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess/0 arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess:4:5-14:6 Allow act=[s3:Get* s3:List* s3:Describe* s3-object-lambda:Get* s3-object-lambda:List*] nact=[] res=[*] - cond=[]",
				"principal service_linked_role aws_iam_service_linked_role.connect name=<aws_iam_service_linked_role.connect.name> arn=arn:aws:iam::<current account>:role/aws-service-role/connect.amazonaws.com/<aws_iam_service_linked_role.connect.name> uid=<aws_iam_service_linked_role.connect.unique_id>",
			},
		},
		{
			name: "bucket settings, KMS, Connect, endpoints and organisations",
			files: map[string]string{"main.tf": `
provider "aws" { region = "eu-west-2" }
resource "aws_s3_bucket" "b" { bucket = "rec" }
resource "aws_s3_bucket_public_access_block" "b" {
  bucket            = aws_s3_bucket.b.id
  block_public_acls = true
}
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule { object_ownership = "ObjectWriter" }
}
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_object_lock_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    default_retention {
      mode  = "COMPLIANCE"
      years = 1
    }
  }
}
resource "aws_s3_bucket_request_payment_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  payer  = "Requester"
}
resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_kms_alias" "k" {
  name          = "alias/rec"
  target_key_id = aws_kms_key.k.key_id
}
resource "aws_kms_grant" "g" {
  key_id            = aws_kms_key.k.arn
  grantee_principal = "arn:aws:iam::111122223333:role/x"
  operations        = ["Decrypt"]
}
resource "aws_connect_instance" "i" { instance_alias = "x" }
resource "aws_connect_contact_flow" "f" {
  instance_id = aws_connect_instance.i.id
  name        = "inbound"
  type        = "CONTACT_FLOW"
  content = jsonencode({
    Actions = [{ Identifier = "rec", Type = "UpdateContactRecordingBehavior",
      Parameters = { RecordingBehavior = { RecordedParticipants = ["Agent", "Customer"] } } }]
  })
}
resource "aws_vpc_endpoint" "s3" {
  vpc_id       = "vpc-1"
  service_name = "com.amazonaws.eu-west-2.s3"
}
resource "aws_vpc_endpoint_policy" "s3" {
  vpc_endpoint_id = aws_vpc_endpoint.s3.id
  policy          = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })
}
resource "aws_organizations_organization" "o" {}
resource "aws_organizations_organizational_unit" "w" {
  name      = "workloads"
  parent_id = aws_organizations_organization.o.roots[0].id
}
resource "aws_organizations_policy" "deny" {
  name    = "deny-s3-delete"
  content = jsonencode({ Statement = [{ Effect = "Deny", Action = "s3:DeleteBucket", Resource = "*" }] })
}
resource "aws_organizations_policy_attachment" "w" {
  policy_id = aws_organizations_policy.deny.id
  target_id = aws_organizations_organizational_unit.w.id
}
`},
			want: []string{
				"bucket aws_s3_bucket.b name=rec arn=arn:aws:s3:::rec own=ObjectWriter acl= ver=Enabled rp=true",
				"  pab aws_s3_bucket_public_access_block.b true false false false",
				"  lock aws_s3_bucket_object_lock_configuration.b true COMPLIANCE 365",
				"key aws_kms_key.k arn=arn:aws:kms:eu-west-2:<current account>:key/<aws_kms_key.k.key_id> aliases=[alias/rec] rotation=true",
				"  grant aws_kms_grant.g arn:aws:iam::111122223333:role/x [Decrypt]",
				"connect aws_connect_instance.i id=<aws_connect_instance.i.id> role=arn:aws:iam::<current account>:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_<aws_connect_instance.i.service_role_suffix>",
				"  flow aws_connect_contact_flow.f CONTACT_FLOW known=true [{rec [Agent Customer]}]",
				"endpoint aws_vpc_endpoint.s3 com.amazonaws.eu-west-2.s3 Gateway",
				"  policy aws_vpc_endpoint_policy.s3#policy name= arn=",
				"    aws_vpc_endpoint_policy.s3/0 main.tf:54:47-54:125 Allow act=[s3:GetObject] nact=[] res=[*] pr=* cond=[]",
				"org aws_organizations_organization.o id=<aws_organizations_organization.o.id> root=<aws_organizations_organization.o.roots[0].id>",
				"  ou aws_organizations_organizational_unit.w workloads parent=<aws_organizations_organization.o.roots[0].id>",
				"orgpolicy aws_organizations_policy.deny SERVICE_CONTROL_POLICY targets=[ou-<aws_organizations_organizational_unit.w.id>]",
				"  content aws_organizations_policy.deny#content name= arn=",
				"    aws_organizations_policy.deny#content/0 main.tf:63:39-63:102 Deny act=[s3:DeleteBucket] nact=[] res=[*] - cond=[]",
			},
		},
	})
}
