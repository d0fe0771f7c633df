/* sniff.h — how discovery tells the templates this build reads (handed to ll_discover). */
#ifndef LL_TEMPLATE_SNIFF_H
#define LL_TEMPLATE_SNIFF_H

#include "discover/discover.h"

extern const ll_template_sniffer ll_template_sniffer_all;

#endif
