#!/usr/bin/env node
import './cryptshare-ci.mjs'
