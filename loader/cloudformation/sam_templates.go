package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// policyTemplate reads a SAM policy template such as {S3ReadPolicy:
// {BucketName: x}}. Its statements come from SAM's own catalog, which
// denylint does not carry, so its content is unknown.
func (b *builder) policyTemplate(it *item, attr string, f source.Field) *model.PolicyDoc {
	return &model.PolicyDoc{Address: it.r.address, Attribute: attr, Name: f.Key,
		Document: &iam.Policy{Origin: it.r.address + "#" + attr, Unknown: "SAM policy template " + f.Key, Range: f.Value.Range}}
}
