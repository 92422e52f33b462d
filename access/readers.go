package access

import (
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// FromReaderNeeds marks the reads a principal needs because it was given
// some other access to a bucket.
const FromReaderNeeds = "reader_needs"

// ReaderNeeds lists, for every principal that its identity policies give
// some access to a bucket of the estate (listing it, or reading part of
// it), the read it most likely exists for: s3:GetObject on the bucket's
// call recordings when Connect stores them there, on any object otherwise.
// A reader that can list a bucket but read nothing in it, or reads the
// wrong prefix, is the classic half-written policy.
func (x *Index) ReaderNeeds() []Intent {
	var out []Intent
	seen := map[[2]string]bool{}
	for _, g := range x.IdentityGrants() {
		k := [2]string{g.Principal, g.Bucket}
		if seen[k] || g.Bucket == "" {
			continue
		}
		seen[k] = true
		b := x.Bucket(g.Bucket)
		out = append(out, Intent{
			Principal: g.Principal, PrincipalARN: g.PrincipalARN, Action: "s3:GetObject",
			Resource: x.readTarget(b), Source: FromReaderNeeds, Origin: g.Origin, Bucket: b.Address,
		})
	}
	return out
}

// readTarget is the object a reader of bucket b wants: a call recording
// when b stores them.
func (x *Index) readTarget(b *model.Bucket) string {
	if scs := x.recordings[b]; len(scs) > 0 {
		return b.ARN + "/" + recordingPrefix(scs[0].Prefix) + objectKey
	}
	return b.ARN + "/" + objectKey
}

// indexRecordings finds, once, the call-recording storage configs that
// write to each bucket.
func (x *Index) indexRecordings() {
	x.recordings = map[*model.Bucket][]*model.StorageConfig{}
	for _, c := range x.env.ConnectInstances {
		for _, sc := range c.StorageConfigs {
			if sc.ResourceType != "CALL_RECORDINGS" || sc.StorageType != "S3" {
				continue
			}
			if b := x.Bucket(sc.BucketName); b != nil {
				x.recordings[b] = append(x.recordings[b], sc)
			}
		}
	}
}

// recordingPrefix is where Connect puts call recordings under a storage
// prefix: PREFIX/CallRecordings/YYYY/MM/DD/.
func recordingPrefix(prefix string) string {
	if prefix == "" {
		return "CallRecordings/"
	}
	return strings.TrimSuffix(prefix, "/") + "/CallRecordings/"
}

// FromForeignWriter marks writes by principals of other accounts that a
// bucket policy allows.
const FromForeignWriter = "foreign_writer"

// ForeignWriters lists the principals of other accounts that a bucket's
// policy allows to put objects: with ACLs in force, what they write stays
// theirs.
func (x *Index) ForeignWriters() []Intent {
	var out []Intent
	for _, b := range x.env.Buckets {
		if b.Policy == nil || b.Policy.Document == nil {
			continue
		}
		for _, s := range b.Policy.Document.Statements {
			if s.Effect != iam.Allow || s.Principal == nil || !allowsAction(s, "s3:PutObject") {
				continue
			}
			for _, p := range s.Principal.AWS {
				acct := accountOf(p)
				if acct == "" || !iam.IsKnown(acct) || acct == b.Account {
					continue
				}
				out = append(out, Intent{Principal: p, PrincipalARN: p, Action: "s3:PutObject",
					Resource: b.ARN + "/" + objectKey, Source: FromForeignWriter, Origin: s.ID, Bucket: b.Address})
			}
		}
	}
	return out
}

// accountOf is the account of a principal as a policy writes it: a bare
// account id or an ARN.
func accountOf(p string) string {
	if len(p) == 12 && strings.Trim(p, "0123456789") == "" {
		return p
	}
	if a, ok := iam.ParseARN(p); ok {
		return a.Account
	}
	return ""
}
