package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// contactFlow is AWS::Connect::ContactFlow and ContactFlowModule. Content
// is the flow as a JSON string (often built with Fn::Sub); what matters is
// its UpdateContactRecordingBehavior actions.
func contactFlow(b *builder, it *item) {
	f := &model.ContactFlow{Address: it.r.address, Name: it.str("Name"), Type: it.str("Type")}
	if it.r.typ == "AWS::Connect::ContactFlowModule" {
		f.Type = "MODULE"
	}
	f.ContentKnown, f.RecordingActions = recordingActions(it.props.Get("Content"))
	arn := it.str("InstanceArn")
	b.later = append(b.later, func() {
		in := b.instance(it, arn)
		in.ContactFlows = append(in.ContactFlows, f)
	})
}

func recordingActions(content *source.Node) (bool, []model.RecordingAction) {
	flow := content
	if content != nil && content.Kind == source.String {
		var d *source.Diagnostic
		if flow, d = source.ParseJSON(content.Range.File, []byte(content.Scalar), content.Range.Start); d != nil {
			return false, nil
		}
	}
	actions := flow.Get("Actions")
	if actions == nil || actions.Kind != source.Array {
		return false, nil
	}
	known := true
	var out []model.RecordingAction
	for _, a := range actions.Items {
		typ, _ := text(a.Get("Type"))
		if !iam.IsKnown(typ) {
			known = false
		}
		if typ != "UpdateContactRecordingBehavior" {
			continue
		}
		id, _ := text(a.Get("Identifier"))
		participants := strs(get(a, "Parameters", "RecordingBehavior", "RecordedParticipants"))
		if participants == nil {
			participants = []string{}
		}
		out = append(out, model.RecordingAction{Identifier: id, VoiceParticipants: participants})
	}
	return known, out
}
