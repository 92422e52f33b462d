package access

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// FromRootLockout marks the account root user's reads and policy changes
// on a bucket whose policy denies something. The root user is not declared
// in the estate: its intents carry a synthetic address that the index
// learns when it is built, so that Decide settles them like any other.
// The address is not an ARN, so an expectation naming the root user's ARN
// still finds nothing in the estate.
const FromRootLockout = "root_lockout"

// RootLockouts lists, for every bucket whose policy holds a Deny, what the
// root user of the bucket's account would do to use or repair it: read an
// object and replace the policy. A Deny that catches even the root user
// catches every administrator that it does not name.
func (x *Index) RootLockouts() []Intent {
	var out []Intent
	for _, b := range x.env.Buckets {
		if b.Policy == nil || b.Policy.Document == nil || !hasDeny(b.Policy.Document) {
			continue
		}
		p := x.rootUser(b.Account)
		for _, a := range [][2]string{{"s3:GetObject", b.ARN + "/" + objectKey}, {"s3:PutBucketPolicy", b.ARN}} {
			out = append(out, Intent{Principal: p.Address, PrincipalARN: p.ARN, Action: a[0], Resource: a[1],
				Source: FromRootLockout, Origin: b.Policy.Address, Bucket: b.Address})
		}
	}
	return out
}

func hasDeny(p *iam.Policy) bool {
	for _, s := range p.Statements {
		if s.Effect == iam.Deny {
			return true
		}
	}
	return false
}

// addRootUsers adds the root user of every account whose bucket policy
// holds a Deny, the principals RootLockouts lists, so that the index is
// complete once built and safe to read from several goroutines.
func (x *Index) addRootUsers() {
	for _, b := range x.env.Buckets {
		if b.Policy != nil && b.Policy.Document != nil && hasDeny(b.Policy.Document) {
			x.rootUser(b.Account)
		}
	}
}

// rootUser returns the root user of an account, adding it to the index
// the first time; it holds every permission of its account.
func (x *Index) rootUser(account string) *model.Principal {
	address := "root user of account " + account
	if p := x.principals[address]; p != nil {
		return p
	}
	p := &model.Principal{Resource: model.Resource{Address: address, Account: account}, Kind: iam.KindRoot,
		ARN: "arn:aws:iam::" + account + ":root"}
	x.principals[address] = p
	return p
}

// FromForeignReader marks reads by principals of other accounts that a
// bucket policy allows.
const FromForeignReader = "foreign_reader"

// ForeignReaders lists the principals of other accounts that a bucket's
// policy allows to read objects, as the policy names them: on a Requester
// Pays bucket each must accept the charges in every request.
func (x *Index) ForeignReaders() []Intent {
	var out []Intent
	for _, b := range x.env.Buckets {
		if b.Policy == nil || b.Policy.Document == nil {
			continue
		}
		for _, s := range b.Policy.Document.Statements {
			if s.Effect != iam.Allow || s.Principal == nil || !allowsAction(s, "s3:GetObject") {
				continue
			}
			for _, p := range s.Principal.AWS {
				if acct := accountOf(p); acct != "" && iam.IsKnown(acct) && acct != b.Account {
					out = append(out, Intent{Principal: p, PrincipalARN: p, Action: "s3:GetObject",
						Resource: b.ARN + "/" + objectKey, Source: FromForeignReader, Origin: s.ID, Bucket: b.Address})
				}
			}
		}
	}
	return out
}
