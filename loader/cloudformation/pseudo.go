package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// Values of the pseudo parameters that do not depend on the deployment.
const (
	partition = "aws"
	urlSuffix = "amazonaws.com"
)

// pseudo resolves a pseudo parameter. AWS::NoValue is the nil value.
func (e *evaluator) pseudo(name string, at source.Range) (*source.Node, bool) {
	switch name {
	case "AWS::AccountId":
		return stringNode(iam.CurrentAccount, at), true
	case "AWS::Region":
		return e.region(at), true
	case "AWS::Partition":
		return stringNode(partition, at), true
	case "AWS::URLSuffix":
		return stringNode(urlSuffix, at), true
	case "AWS::StackName", "AWS::StackId":
		return unknownString(e.t.file+"#"+name, at), true
	case "AWS::NotificationARNs":
		return unknownNode(e.t.file+"#"+name, at), true
	case "AWS::NoValue":
		return nil, true
	}
	return nil, false
}

// region is where the stack is deployed: an AWS::Region override from the
// command line, or unknown.
func (e *evaluator) region(at source.Range) *source.Node {
	if r, ok := e.opts.Params["AWS::Region"]; ok && r != "" {
		return stringNode(r, at)
	}
	return unknownString("AWS::Region", at)
}

func (e *evaluator) regionText() string {
	s, _ := text(e.region(source.Range{}))
	return s
}
