package terraform

import (
	"github.com/denylint/denylint/internal/awsmanaged"
	"github.com/denylint/denylint/model"
)

// awsManaged returns the document of an AWS managed policy denylint ships,
// or nil: other AWS managed policies stay unknown.
func awsManaged(arn, address string) *model.PolicyDoc {
	p, ok := awsmanaged.Lookup(arn)
	if !ok {
		return nil
	}
	return &model.PolicyDoc{Address: address, ARN: arn, Name: lastSegment(arn), Document: p}
}

func lastSegment(arn string) string {
	for i := len(arn) - 1; i >= 0; i-- {
		if arn[i] == '/' {
			return arn[i+1:]
		}
	}
	return arn
}
