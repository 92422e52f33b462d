package terraform

import (
	"github.com/denylint/denylint/model"
)

func buildBucket(b *builder, inst *instance) {
	bk := &model.Bucket{
		Resource: b.resource(inst), Name: str(inst, "bucket"), ARN: str(inst, "arn"),
		ObjectOwnership: "BucketOwnerEnforced", ACL: str(inst, "acl"),
	}
	body := inst.body
	bk.Policy = b.policy(inst, body, "", "policy")
	if sse := first(body, "server_side_encryption_configuration"); sse != nil {
		bk.Encryption = encryption(inst.addr, first(sse, "rule"))
	}
	if v := first(body, "versioning"); v != nil {
		if on := blockBool(v, "enabled"); on != nil {
			bk.Versioning = map[bool]string{true: "Enabled", false: "Suspended"}[*on]
		}
	}
	if on := blockBool(body, "object_lock_enabled"); on != nil && *on {
		bk.ObjectLock = &model.ObjectLock{Address: inst.addr, Enabled: true}
	}
	if ol := first(body, "object_lock_configuration"); ol != nil {
		bk.ObjectLock = objectLock(inst.addr, ol)
	}
	bk.RequesterPays = str(inst, "request_payer") == "Requester"
	b.env.Buckets = append(b.env.Buckets, bk)
	b.idx.buckets[bk.Name] = bk
	b.idx.buckets[bk.ARN] = bk
}

// bucketOf finds the bucket an attachment resource names in `bucket`.
func (b *builder) bucketOf(inst *instance) *model.Bucket {
	return b.idx.buckets[str(inst, "bucket")]
}

func first(bv *blockVal, typ string) *blockVal {
	if bs := bv.nested(typ); len(bs) > 0 {
		return bs[0]
	}
	return nil
}

func encryption(addr string, rule *blockVal) *model.Encryption {
	if rule == nil {
		return nil
	}
	def := first(rule, "apply_server_side_encryption_by_default")
	if def == nil {
		return nil
	}
	e := &model.Encryption{Address: addr, Algorithm: blockStr(def, "sse_algorithm"), KMSKeyID: blockStr(def, "kms_master_key_id")}
	if on := blockBool(rule, "bucket_key_enabled"); on != nil {
		e.BucketKeyEnabled = *on
	}
	return e
}

func objectLock(addr string, ol *blockVal) *model.ObjectLock {
	lock := &model.ObjectLock{Address: addr, Enabled: true}
	if s := blockStr(ol, "object_lock_enabled"); s != "" && s != "Enabled" {
		lock.Enabled = false
	}
	if rule := first(ol, "rule"); rule != nil {
		if r := first(rule, "default_retention"); r != nil {
			lock.Mode = blockStr(r, "mode")
			lock.Days = blockInt(r, "days") + 365*blockInt(r, "years")
		}
	}
	return lock
}

func attachBucketPolicy(b *builder, inst *instance) {
	if bk := b.bucketOf(inst); bk != nil {
		bk.Policy = b.policy(inst, inst.body, "", "policy")
	}
}

func attachPublicAccessBlock(b *builder, inst *instance) {
	pab := &model.PublicAccessBlock{
		Address: inst.addr, BlockPublicAcls: boolDefault(inst.body, "block_public_acls"),
		IgnorePublicAcls: boolDefault(inst.body, "ignore_public_acls"), BlockPublicPolicy: boolDefault(inst.body, "block_public_policy"),
		RestrictPublicBuckets: boolDefault(inst.body, "restrict_public_buckets"),
	}
	if inst.res.cfg.typ == "aws_s3_account_public_access_block" {
		b.env.AccountPublicAccessBlock = pab
		return
	}
	if bk := b.bucketOf(inst); bk != nil {
		bk.PublicAccessBlock = pab
	}
}

// boolDefault reads a Block Public Access flag, which the provider
// defaults to false; an unknown value stays nil.
func boolDefault(bv *blockVal, attr string) *bool {
	if v, ok := bv.attrs[attr]; !ok || v.IsKnown() && v.IsNull() {
		return ptr(false)
	}
	return blockBool(bv, attr)
}

func attachOwnership(b *builder, inst *instance) {
	if bk := b.bucketOf(inst); bk != nil {
		if rule := first(inst.body, "rule"); rule != nil {
			bk.ObjectOwnership = blockStr(rule, "object_ownership")
		}
	}
}

func attachACL(b *builder, inst *instance) {
	if bk := b.bucketOf(inst); bk != nil {
		if acl := str(inst, "acl"); acl != "" {
			bk.ACL = acl
		} else if first(inst.body, "access_control_policy") != nil {
			bk.ACL = "custom"
		}
	}
}

func attachEncryption(b *builder, inst *instance) {
	if bk := b.bucketOf(inst); bk != nil {
		bk.Encryption = encryption(inst.addr, first(inst.body, "rule"))
	}
}

func attachVersioning(b *builder, inst *instance) {
	if bk := b.bucketOf(inst); bk != nil {
		if vc := first(inst.body, "versioning_configuration"); vc != nil {
			bk.Versioning = blockStr(vc, "status")
		}
	}
}

func attachObjectLock(b *builder, inst *instance) {
	if bk := b.bucketOf(inst); bk != nil {
		bk.ObjectLock = objectLock(inst.addr, inst.body)
	}
}

func attachRequestPayment(b *builder, inst *instance) {
	if bk := b.bucketOf(inst); bk != nil {
		bk.RequesterPays = str(inst, "payer") == "Requester"
	}
}
