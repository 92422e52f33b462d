# METADATA
# title: Bucket uses a KMS key or serves a Connect instance of another region
# description: >-
#   SSE-KMS works only with a KMS key in the bucket's own region: with a key
#   of another region, S3 cannot encrypt or decrypt, and every upload that
#   relies on the default encryption fails, Amazon Connect's recordings
#   included. Amazon Connect also expects its call-recording bucket in the
#   instance's region; a bucket elsewhere is reported as a warning. Regions
#   are compared only when the configuration decides them; a hard-coded key
#   region against a region chosen at deploy time is a warning that names it.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/specifying-kms-encryption.html
#   - ref: https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html
# custom:
#   id: DL017
#   severity: error
#   root_cause: region_endpoint
#   remediation: Use a KMS key (or a multi-Region key replica) in the bucket's region, and keep the recording bucket in the Amazon Connect instance's region.
package rules.aws.s3.region_mismatch

import data.lib.estate
import data.lib.result

# A key whose region is known and differs from the bucket's known region.
deny contains f if {
	some b in estate.list(input.buckets)
	k := key_of(b)
	estate.known(b.region)
	k.region != b.region
	f := result.finding(rego.metadata.chain(), key_finding(b, k, {
		"severity": "error",
		"message": sprintf(
			"Bucket %s is in %s but its default encryption names KMS key %s in %s: S3 can use only a key of the bucket's own region, so every upload that relies on the default encryption (Amazon Connect's recordings included) fails and objects cannot be read back",
			[b.name, b.region, k.arn, k.region],
		),
	}))
}

# A key region written out, against a bucket region that is chosen when
# the configuration is deployed.
deny contains f if {
	some b in estate.list(input.buckets)
	k := key_of(b)
	not estate.known(b.region)
	f := result.finding(rego.metadata.chain(), key_finding(b, k, {
		"severity": "warning",
		"unknowns": region_unknowns(b.region),
		"message": sprintf(
			"Bucket %s uses KMS key %s, which is in %s, while the bucket's region is chosen at deploy time (%s): unless it is deployed to %s, S3 cannot use the key and uploads that rely on the default encryption fail",
			[b.name, k.arn, k.region, region_text(b.region), k.region],
		),
	}))
}

# A Connect instance whose call-recording bucket is in another region.
deny contains f if {
	some inst in estate.list(input.connect_instances)
	estate.known(object.get(inst, "region", ""))
	some sc in estate.list(inst.storage_configs)
	sc.resource_type == "CALL_RECORDINGS"
	sc.storage_type == "S3"
	b := estate.bucket_by_address[denylint.bucket_named(sc.bucket_name)]
	estate.known(b.region)
	b.region != inst.region
	f := result.finding(rego.metadata.chain(), {
		"severity": "warning",
		"message": sprintf(
			"Amazon Connect instance %s is in %s but stores call recordings in bucket %s in %s: Connect expects the recording bucket in its own region, so the storage association or its writes may fail, and call audio leaves the instance's region",
			[inst_name(inst), inst.region, b.name, b.region],
		),
		"resource": b.arn,
		"at": {"address": sc.address, "path": estate.attr(sc.address, "storage_config.s3_config.bucket_name", "Properties.S3Config.BucketName")},
		"related": [
			{"at": {"address": b.address}, "message": sprintf("the bucket is created in %s here", [b.region])},
			{"at": {"address": inst.address}, "message": sprintf("the instance is created in %s here", [inst.region])},
		],
		"fix": sprintf("Store call recordings in a bucket created in %s, or create the instance in %s.", [inst.region, b.region]),
	})
}

# key_of is the key of a bucket's SSE-KMS default encryption with a known
# region: the region of the ARN as written, or of the key in the estate.
key_of(b) := {"arn": id, "region": region, "address": key_address(b)} if {
	kms_encrypted(b)
	id := b.encryption.kms_key_id
	startswith(id, "arn:aws:kms:")
	region := split(id, ":")[3]
	estate.known(region)
} else := {"arn": k.arn, "region": k.region, "address": k.address} if {
	kms_encrypted(b)
	k := denylint.buckets()[b.address].key
	not k.aws_managed
	estate.known(k.region)
}

kms_encrypted(b) if b.encryption.algorithm in {"aws:kms", "aws:kms:dsse"}

key_address(b) := k.address if {
	k := denylint.buckets()[b.address].key
	k != null
} else := ""

key_finding(b, k, fields) := object.union(
	{
		"action": "kms:GenerateDataKey",
		"resource": k.arn,
		"at": {"address": b.encryption.address, "path": key_attribute(b)},
		"related": [{"at": {"address": k.address}, "message": sprintf("the key is created in %s here", [k.region])} | k.address != ""],
		"fix": sprintf("Name in the bucket's default encryption a KMS key created in %s (a new key, or a replica of a multi-Region key), and give it the key policy the old one had.", [region_name(b.region)]),
	},
	fields,
)

# key_attribute is where the key of the default encryption is written: in
# Terraform, on the bucket's own block or on a separate encryption resource.
key_attribute(b) := "Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID" if {
	estate.cloudformation(b.encryption.address)
} else := "server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.kms_master_key_id" if {
	b.encryption.address == b.address
} else := "rule.apply_server_side_encryption_by_default.kms_master_key_id"

region_unknowns(region) := names if {
	names := estate.unknown_names(region)
	count(names) > 0
} else := ["bucket region"]

region_name(region) := region if estate.known(region)

else := "the bucket's region"

region_text(region) := concat(", ", region_unknowns(region))

inst_name(inst) := sprintf("%q", [inst.alias]) if estate.known(object.get(inst, "alias", ""))

else := inst.address
