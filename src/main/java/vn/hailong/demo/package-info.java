/** The demo: Quảng Ninh (code 22) with its 54 communes, the catalogue, desks, officers and demo accounts. */
package vn.hailong.demo;
