#!/usr/bin/env node
// Placeholder: the command line arrives with the workbook issue.
export {};
