package cloudformation

// functions are the intrinsic functions, by long name; each lives in its
// own file.
var functions map[string]intrinsic

func init() {
	functions = map[string]intrinsic{
		"Ref":              fnRef,
		"Fn::GetAtt":       fnGetAtt,
		"Fn::Sub":          fnSub,
		"Fn::Join":         fnJoin,
		"Fn::Select":       fnSelect,
		"Fn::Split":        fnSplit,
		"Fn::If":           fnIf,
		"Fn::Equals":       conditionValue("Fn::Equals"),
		"Fn::And":          conditionValue("Fn::And"),
		"Fn::Or":           conditionValue("Fn::Or"),
		"Fn::Not":          conditionValue("Fn::Not"),
		"Fn::FindInMap":    fnFindInMap,
		"Fn::ImportValue":  fnImportValue,
		"Fn::Base64":       fnBase64,
		"Fn::Cidr":         fnCidr,
		"Fn::GetAZs":       fnGetAZs,
		"Fn::Transform":    fnTransform,
		"Fn::Length":       fnLength,
		"Fn::ToJsonString": fnToJSONString,
	}
}
