package access

import (
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// callerOf describes a principal as the request AWS receives would.
func callerOf(p *model.Principal) iam.Caller {
	c := iam.Caller{ARN: p.ARN, Account: p.Account, Kind: p.Kind, Tags: p.Tags}
	switch p.Kind {
	case iam.KindUser:
		c.UserID = p.UniqueID
		c.Username = p.Name
	case iam.KindRole, iam.KindServiceLinkedRole:
		// A role's requests are made by a session whose name the
		// configuration does not know.
		c.UserID = p.UniqueID + ":" + iam.Unknown("role session name")
		c.SessionARN = sessionARN(p)
	}
	return c
}

// sessionARN is arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION.
func sessionARN(p *model.Principal) string {
	return "arn:aws:sts::" + p.Account + ":assumed-role/" + roleName(p) + "/" + iam.Unknown("role session name")
}

// roleName is the role's name without its path: the last segment of its ARN,
// not counting slashes inside unknown tokens.
func roleName(p *model.Principal) string {
	if p.Name != "" {
		return p.Name
	}
	arn := p.ARN
	depth, cut := 0, -1
	for i, r := range arn {
		switch {
		case r == '\uE000':
			depth++
		case r == '\uE001':
			depth--
		case r == '/' && depth == 0:
			cut = i
		}
	}
	return arn[cut+1:]
}

// s3Context is what AWS puts in the context of an S3 request by p on
// bucket b, made through endpoint e (nil: from outside any VPC). Keys whose
// value the configuration cannot know carry an unknown token, so that a
// condition on them leaves the decision unknown rather than guessed.
func s3Context(p *model.Principal, b *model.Bucket, e *model.VPCEndpoint, paths *model.AccessPaths) map[string][]string {
	ctx := map[string][]string{
		"aws:SecureTransport":       {"true"},
		"aws:PrincipalIsAWSService": {"false"},
		"aws:ViaAWSService":         {"false"},
		"aws:CurrentTime":           {iam.Unknown("aws:CurrentTime")},
		"aws:EpochTime":             {iam.Unknown("aws:EpochTime")},
		"aws:UserAgent":             {iam.Unknown("aws:UserAgent")},
	}
	if p.Kind != iam.KindUser {
		// Role sessions carry the key; long-term user keys do not.
		ctx["aws:MultiFactorAuthPresent"] = []string{"false"}
	}
	if b != nil {
		ctx["aws:ResourceAccount"] = []string{b.Account}
		ctx["s3:ResourceAccount"] = []string{b.Account}
		if b.Region != "" {
			ctx["aws:RequestedRegion"] = []string{b.Region}
		}
	}
	if e == nil {
		ctx["aws:SourceIp"] = []string{sourceIP(paths)}
		return ctx
	}
	ctx["aws:SourceVpce"] = []string{e.ID}
	ctx["aws:SourceVpc"] = []string{e.VPCID}
	ctx["aws:VpcSourceIp"] = []string{iam.Unknown("aws:VpcSourceIp")}
	return ctx
}

// sourceIP is the address requests from outside a VPC come from: the one
// address the config declares, else unknown (a range holds many).
func sourceIP(paths *model.AccessPaths) string {
	if paths != nil && len(paths.SourceIPs) == 1 {
		ip := strings.TrimSuffix(paths.SourceIPs[0], "/32")
		if !strings.Contains(ip, "/") {
			return ip
		}
	}
	return iam.Unknown("aws:SourceIp")
}

// s3ActionContext adds the keys that depend on the action. The encryption
// headers a client sends are unknown, except for Connect, which encrypts
// recordings with the key of its storage config. No ACL header is assumed:
// clients rarely send one, and with ACLs disabled it would fail every write.
func s3ActionContext(ctx map[string][]string, p *model.Principal, b *model.Bucket, action string) {
	switch action {
	case "s3:PutObject":
		sse, key := iam.Unknown("s3:x-amz-server-side-encryption"), iam.Unknown("s3:x-amz-server-side-encryption-aws-kms-key-id")
		if p.Service == "connect.amazonaws.com" && b != nil && b.Encryption != nil {
			sse, key = b.Encryption.Algorithm, b.Encryption.KMSKeyID
		}
		ctx["s3:x-amz-server-side-encryption"] = []string{sse}
		if key != "" {
			ctx["s3:x-amz-server-side-encryption-aws-kms-key-id"] = []string{key}
		}
	case "s3:ListBucket":
		ctx["s3:prefix"] = []string{iam.Unknown("s3:prefix")}
	}
}

// kmsContext is what the KMS request that S3 makes for an SSE-KMS object
// carries: S3 calls KMS with the caller's credentials.
func kmsContext(p *model.Principal, b *model.Bucket, object string) map[string][]string {
	region := regionOr(b.Region)
	arn := object
	if b.Encryption != nil && b.Encryption.BucketKeyEnabled {
		// With an S3 Bucket Key the encryption context is the bucket's.
		arn = b.ARN
	}
	ctx := map[string][]string{
		"aws:SecureTransport":              {"true"},
		"aws:ViaAWSService":                {"true"},
		"aws:PrincipalIsAWSService":        {"false"},
		"kms:ViaService":                   {"s3." + region + ".amazonaws.com"},
		"kms:CallerAccount":                {p.Account},
		"kms:EncryptionContext:aws:s3:arn": {arn},
		"kms:EncryptionContextKeys":        {"aws:s3:arn"},
		"aws:CurrentTime":                  {iam.Unknown("aws:CurrentTime")},
		"aws:EpochTime":                    {iam.Unknown("aws:EpochTime")},
		"kms:GrantIsForAWSResource":        {"false"},
		"aws:RequestedRegion":              {region},
		"aws:SourceIp":                     {iam.Unknown("aws:SourceIp")},
		"kms:EncryptionAlgorithm":          {"SYMMETRIC_DEFAULT"},
	}
	if p.Kind != iam.KindUser {
		ctx["aws:MultiFactorAuthPresent"] = []string{"false"}
	}
	return ctx
}
