# Copyright Example Corp. or its affiliates. All Rights Reserved.
# SPDX-License-Identifier: MIT-0
