terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-2"
}

data "aws_caller_identity" "current" {}

locals {
  account_id     = data.aws_caller_identity.current.account_id
  recording_path = "connect/${var.instance_alias}/CallRecordings"
}

variable "instance_alias" {
  type    = string
  default = "acme-support"
}
