/** Cross-cutting bits only: errors, lists, CSV/XLSX rows, time, Vietnamese text folding. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.hailong.shared;
