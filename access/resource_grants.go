package access

import "github.com/denylint/denylint/iam"

// FromResourceGrant marks accesses a bucket policy grants to a principal of
// the estate by name.
const FromResourceGrant = "resource_grant"

// ResourceGrants lists the object reads and writes that bucket policies
// grant to principals of the estate, named by ARN: in the same account
// such a grant works without any identity policy, and the other layers
// (the KMS key above all) still have to agree.
func (x *Index) ResourceGrants() []Intent {
	var out []Intent
	for _, b := range x.env.Buckets {
		if b.Policy == nil || b.Policy.Document == nil {
			continue
		}
		for _, s := range b.Policy.Document.Statements {
			if s.Effect != iam.Allow || s.Principal == nil {
				continue
			}
			for _, arn := range s.Principal.AWS {
				p := x.principals[arn]
				if p == nil || p.ARN != arn {
					continue
				}
				for _, pattern := range s.Resources {
					for _, a := range s3ObjectActions {
						res := objectUnder(b, pattern)
						if !allowsAction(s, a) || iam.MatchARN(pattern, res) == iam.False {
							continue
						}
						out = append(out, Intent{Principal: p.Address, PrincipalARN: p.ARN, Action: a, Resource: res,
							Source: FromResourceGrant, Origin: s.ID, Bucket: b.Address})
					}
				}
			}
		}
	}
	sortIntents(out)
	return dedupe(out)
}
